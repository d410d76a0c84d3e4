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

    /**
     * A model that takes {@code delay} for every call and answers each of the {@link StoryArticles#ALL} with its own
     * summary and the fusion with {@link #FUSION}, in whatever order the calls come: a slow provider for story jobs.
     */
    public static java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, FakeOpenAiServer.Reply> slowModel(
            java.time.Duration delay) {
        java.util.List<String> answers = java.util.List.of(CLOSURE, ADJOURNED, STATE_OFFER);
        return request -> {
            int article = articleOf(request);
            String answer = article < 0 ? FUSION : answers.get(article);
            return FakeOpenAiServer.Reply.content(answer(answer)).delayedBy(delay);
        };
    }

    /** Which of {@link StoryArticles#ALL} a summary request is about, or -1 for the fusion (or anything else). */
    public static int articleOf(com.fasterxml.jackson.databind.JsonNode request) {
        String system = request.path("messages").path(0).path("content").asText();
        if (system.contains("Mehrere Quellen")) {
            return -1;
        }
        String user = request.path("messages").toString();
        for (int i = 0; i < StoryArticles.ALL.size(); i++) {
            if (user.contains(StoryArticles.ALL.get(i).title())) {
                return i;
            }
        }
        return -1;
    }
}
