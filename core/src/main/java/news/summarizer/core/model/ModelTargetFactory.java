package news.summarizer.core.model;

import java.util.function.Supplier;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine.Readiness;

/**
 * Builds the chat model of one provider. Beans are {@code @Named} by provider id ("openai", "bedrock"), so a
 * provider lives in its own module (Bedrock keeps the AWS SDK out of the core) and is found at run time.
 */
public interface ModelTargetFactory {

    ModelTarget create(SummarizerConfig config);

    /**
     * This provider's chat model for the start-up warm-up ({@link ModelSummaryEngine#warmUp}): built from the
     * configuration without reading any secret, it answers every request with {@code answer} in memory and never
     * connects anywhere. Never cached, never used for a request. By default a plain in-memory model, which warms our
     * side of the conversation (AI service, prompts, parser, checks) but not the provider's client; a provider
     * overrides it to run its own request and response code too.
     */
    default ModelTarget warmUpTarget(SummarizerConfig config, String answer) {
        return InMemoryChatModel.warmUpTarget(config, answer);
    }

    /**
     * Connects to the provider once without asking anything (a TLS handshake, no request), so that a cold start's
     * first request finds the connection code loaded; called by the opt-in preload in init. Nothing by default (a
     * provider whose client is not ours). Failures are the caller's to ignore: only speed is at stake.
     */
    default void preconnect(SummarizerConfig config) {
    }

    /**
     * Whether the provider is configured well enough to serve. By default: whether its chat model can be built
     * ({@code target} builds it once and keeps it); a provider whose build reads secrets checks its settings instead.
     */
    default Readiness readiness(SummarizerConfig config, Supplier<ModelTarget> target) {
        try {
            target.get();
            return Readiness.up();
        } catch (RuntimeException e) {
            return Readiness.down("The " + config.provider().id() + " model cannot be configured: " + e.getMessage());
        }
    }
}
