package news.summarizer.core.engine;

/**
 * Every limit of the summary contract, defined once: the prompt renders them, the validator checks them, the
 * grounder and the offline engine keep to them. The counts depend on the article: a short article is not asked for
 * more sentences or key points than it has (see {@link #forArticle(int)}); the lengths are the same for every article.
 *
 * @param summarySentencesMin fewest sentences in {@code summary}
 * @param summarySentencesMax most sentences in {@code summary}
 * @param keyPointsMin        fewest entries in {@code keyPoints}
 * @param keyPointsMax        most entries in {@code keyPoints}
 */
public record SummaryLimits(int summarySentencesMin, int summarySentencesMax, int keyPointsMin, int keyPointsMax) {

    public static final int HEADLINE_MAX_CHARACTERS = 100;
    public static final int SUMMARY_MAX_CHARACTERS = 900;
    public static final int SUMMARY_SENTENCES_MIN = 3;
    public static final int SUMMARY_SENTENCES_MAX = 5;
    public static final int KEY_POINTS_MIN = 3;
    public static final int KEY_POINTS_MAX = 6;
    public static final int KEY_POINT_MAX_CHARACTERS = 160;
    public static final int ACTORS_MAX = 10;
    public static final int ACTOR_NAME_MAX_CHARACTERS = 120;
    public static final int DESCRIPTION_MAX_CHARACTERS = 400;
    public static final int EVIDENCE_MAX_CHARACTERS = 400;
    /** Statements a model may report; the offline engine reports every one it finds. */
    public static final int STATEMENTS_MAX = 20;

    /** The limits for an article long enough to yield a full summary. */
    public static final SummaryLimits STANDARD = new SummaryLimits(SUMMARY_SENTENCES_MIN, SUMMARY_SENTENCES_MAX,
            KEY_POINTS_MIN, KEY_POINTS_MAX);

    /**
     * The limits for an article of {@code articleSentences} sentences. A summary is at most half as long as the
     * article it summarises (a three-sentence news flash yields two), and never has more sentences or key points
     * than the article; a long article gets {@link #STANDARD}.
     */
    public static SummaryLimits forArticle(int articleSentences) {
        int sentences = Math.max(1, articleSentences);
        int summaryMin = Math.min(SUMMARY_SENTENCES_MIN, Math.max(1, (sentences + 1) / 2));
        int summaryMax = Math.min(SUMMARY_SENTENCES_MAX, Math.max(summaryMin, sentences));
        int keyPointsMin = Math.min(KEY_POINTS_MIN, sentences);
        int keyPointsMax = Math.min(KEY_POINTS_MAX, Math.max(keyPointsMin, sentences));
        return new SummaryLimits(summaryMin, summaryMax, keyPointsMin, keyPointsMax);
    }

    /** "3 bis 5", or "2" when both ends agree: how the prompt and the problem texts name a range. */
    public static String range(int min, int max) {
        return min == max ? Integer.toString(min) : min + " bis " + max;
    }
}
