package news.summarizer.core.engine;

/** Tokens and calls spent on one article, summed over every model call including retries and corrections. */
public record Usage(long inputTokens, long outputTokens, int modelCalls) {

    public static final Usage NONE = new Usage(0, 0, 0);
}
