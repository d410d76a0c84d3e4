package news.summarizer.core.engine;

import news.summarizer.core.article.Article;

/**
 * Writes a draft summary of an article. Implementations: the offline engine (no model) and the model engine
 * (LangChain4j chat model of the configured provider). Drafts are grounded and finished by the summarizer, so
 * an engine never has the last word on what reaches the user. Beans are {@code @Named("offline")} or
 * {@code @Named("model")}; the summarizer picks one by {@code summarizer.provider}.
 */
public interface SummaryEngine {

    /** Provider id reported in {@code engine.provider}: offline, openai, bedrock. */
    String provider();

    /** Model id reported in {@code engine.model}. */
    String model();

    /** Version of the prompt (or, offline, of the algorithm) reported in {@code engine.promptVersion}. */
    String promptVersion();

    /** Whether the engine is configured well enough to serve requests (readiness). */
    Readiness readiness();

    EngineOutput summarize(Article article);

    /**
     * Loads what the first request would otherwise wait for. Runs at start-up, so with SnapStart the result is
     * part of the snapshot instead of every cold start's first request.
     */
    default void warmUp() {
    }

    record Readiness(boolean ready, String reason) {
        public static Readiness up() {
            return new Readiness(true, "ready");
        }

        public static Readiness down(String reason) {
            return new Readiness(false, reason);
        }
    }
}
