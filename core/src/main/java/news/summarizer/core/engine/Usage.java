package news.summarizer.core.engine;

/**
 * Tokens and calls spent on one article, summed over every model call including retries and corrections.
 * {@code outputTokens} include a reasoning model's hidden reasoning; {@code reasoningTokens} says how many of them
 * it was.
 */
public record Usage(long inputTokens, long outputTokens, long reasoningTokens, int modelCalls) {

    public static final Usage NONE = new Usage(0, 0, 0, 0);

    public Usage(long inputTokens, long outputTokens, int modelCalls) {
        this(inputTokens, outputTokens, 0, modelCalls);
    }
}
