package news.summarizer.core.evaluation;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.core.model.ModelEngines;
import news.summarizer.core.offline.OfflineSummaryEngine;

/**
 * The production {@link ArticleSummarizer} (intake, engine, grounding, contract) built without a CDI container,
 * so the evaluation measures exactly what the functions answer.
 */
public final class Summarizers {

    private Summarizers() {
    }

    public static ArticleSummarizer of(SummarizerConfig config) {
        SummaryEngine engine = switch (config.provider()) {
            case OFFLINE -> new OfflineSummaryEngine();
            case OPENAI -> ModelEngines.openAi(config);
            case BEDROCK -> throw new IllegalArgumentException(
                    "Bedrock lives in the aws module; evaluate it through an OpenAI-compatible gateway or the offline engine");
        };
        engine.warmUp();
        return new ArticleSummarizer(new ArticleIntake(config), only(engine), new ActorGrounder(), config);
    }

    /** An {@code Instance} that resolves to the one engine whatever the qualifier, as the summarizer selects by name. */
    @SuppressWarnings("unchecked")
    private static Instance<SummaryEngine> only(SummaryEngine engine) {
        return (Instance<SummaryEngine>) Proxy.newProxyInstance(Summarizers.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "select" -> proxy;
                    case "get" -> engine;
                    case "isResolvable" -> true;
                    case "isUnsatisfied", "isAmbiguous" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "Instance(" + engine.provider() + ")";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
