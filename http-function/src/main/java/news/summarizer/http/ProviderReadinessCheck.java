package news.summarizer.http;

import jakarta.enterprise.context.ApplicationScoped;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.engine.SummaryEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the configured provider can serve: e.g. not when the OpenAI key is missing. */
@Readiness
@ApplicationScoped
public class ProviderReadinessCheck implements HealthCheck {

    private final ArticleSummarizer summarizer;

    public ProviderReadinessCheck(ArticleSummarizer summarizer) {
        this.summarizer = summarizer;
    }

    @Override
    public HealthCheckResponse call() {
        SummaryEngine.Readiness readiness = summarizer.readiness();
        var identity = summarizer.engineIdentity();
        return HealthCheckResponse.named("summary-provider")
                .status(readiness.ready())
                .withData("provider", identity.provider())
                .withData("model", identity.model())
                .withData("promptVersion", identity.promptVersion())
                .withData("reason", readiness.reason())
                .build();
    }
}
