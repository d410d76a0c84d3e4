package news.summarizer.testing;

/**
 * Model answers for the {@link StoryArticles}: one valid, grounded summary per article, and a fusion answer with
 * what a real model gets wrong: an agreement naming a source that does not exist, a claim whose evidence is not in
 * its article, a "difference" with only one side, a timeline entry without a date.
 */
public final class StoryAnswers {

    public static final String CLOSURE = "answers/story/talvenwerk-1.json";
    public static final String ADJOURNED = "answers/story/talvenwerk-2.json";
    public static final String STATE_OFFER = "answers/story/talvenwerk-3.json";
    public static final String FUSION = "answers/story/talvenwerk-fusion.json";

    private StoryAnswers() {
    }

    public static String answer(String resource) {
        return TestArticles.text(resource);
    }
}
