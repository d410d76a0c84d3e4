package news.summarizer.core.engine;

import java.util.List;
import news.summarizer.core.article.Article;
import news.summarizer.core.summary.Actor;

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
     * Whether {@link #summarize} mostly waits for a model elsewhere (a network call): then the summarizer reads the
     * article's own entities meanwhile, on another thread. An engine that reads the article itself (offline) says no:
     * its analysis of the article is reused, on the same thread, by the entities every answer lists.
     */
    default boolean waitsForModel() {
        return false;
    }

    /**
     * The statements of the article's final {@code actors} (grounded, variants merged), for the statement grounder.
     * A model proposes them in its draft; an engine that finds them in the text itself overrides this, since a
     * speaker must be one of the actors the answer reports.
     */
    default List<DraftStatement> statements(Article article, List<Actor> actors, DraftSummary draft) {
        return draft.statements();
    }

    /**
     * Writes a draft of {@code sample} ({@link WarmUpArticle}) the way a request would, so that what the first request
     * would otherwise wait for (classes, models, prompt templates, patterns) is loaded and initialised. Runs at
     * start-up: with SnapStart the result is part of the snapshot, and a plain cold start pays it in the init phase
     * instead of the first request. Never sends anything over the network and never reads a secret (with SnapStart,
     * secrets must be read after the restore).
     */
    EngineOutput warmUp(Article sample);

    /**
     * Builds, without answering anything, what the engine's first request would otherwise build first (its client).
     * Runs on a background thread at an on-demand cold start, where the whole {@link #warmUp} would lengthen init;
     * may read the provider's secret, unlike the warm-up, since no snapshot is taken. Nothing by default.
     */
    default void preload() {
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
