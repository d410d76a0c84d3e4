package news.summarizer.core.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Singleton;
import news.summarizer.core.config.SummarizerConfig;

/**
 * Chooses the chat model at run time from {@code summarizer.provider}, so one build serves every provider.
 * Only consulted when a model provider is configured: the offline engine never asks for it.
 */
@ApplicationScoped
public class ModelTargets {

    @Produces
    @Singleton
    ModelTarget modelTarget(SummarizerConfig config, @Any Instance<ModelTargetFactory> factories) {
        String provider = config.provider().id();
        Instance<ModelTargetFactory> factory = factories.select(NamedLiteral.of(provider));
        if (!factory.isResolvable()) {
            throw new IllegalStateException("No chat model for provider '" + provider + "' in this build");
        }
        return factory.get().create(config);
    }
}
