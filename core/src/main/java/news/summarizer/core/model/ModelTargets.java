package news.summarizer.core.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine.Readiness;

/**
 * Chooses the chat model at run time from {@code summarizer.provider}, so one build serves every provider, and
 * builds it on first use: a misconfigured provider fails requests and readiness, not start-up. Only consulted when
 * a model provider is configured: the offline engine never asks for it.
 */
@ApplicationScoped
public class ModelTargets {

    private final SummarizerConfig config;
    private final Instance<ModelTargetFactory> factories;
    private volatile ModelTarget target;

    public ModelTargets(SummarizerConfig config, @Any Instance<ModelTargetFactory> factories) {
        this.config = config;
        this.factories = factories;
    }

    /** The configured provider's chat model, built once. */
    public ModelTarget get() {
        ModelTarget built = target;
        if (built == null) {
            synchronized (this) {
                if (target == null) {
                    target = factory().create(config);
                }
                built = target;
            }
        }
        return built;
    }

    /**
     * The configured provider's chat model for the start-up warm-up, answering {@code answer} in memory: built anew,
     * without secrets (see {@link ModelTargetFactory#warmUpTarget}), and never the one {@link #get()} returns.
     */
    public ModelTarget warmUpTarget(String answer) {
        return factory().warmUpTarget(config, answer);
    }

    /** The provider's connection made once without a request (see {@link ModelTargetFactory#preconnect}). */
    public void preconnect() {
        factory().preconnect(config);
    }

    public Readiness readiness() {
        Instance<ModelTargetFactory> factory = factories.select(NamedLiteral.of(config.provider().id()));
        if (!factory.isResolvable()) {
            return Readiness.down("No chat model for provider '" + config.provider().id() + "' in this build");
        }
        return factory.get().readiness(config, this::get);
    }

    private ModelTargetFactory factory() {
        Instance<ModelTargetFactory> factory = factories.select(NamedLiteral.of(config.provider().id()));
        if (!factory.isResolvable()) {
            throw new IllegalStateException("No chat model for provider '" + config.provider().id() + "' in this build");
        }
        return factory.get();
    }
}
