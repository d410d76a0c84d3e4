package news.summarizer.core.evaluation;

import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.Instances;
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
        ArticleSummarizer summarizer = new ArticleSummarizer(new ArticleIntake(config), Instances.only(engine),
                new ActorGrounder(), config);
        summarizer.warmUp();
        return summarizer;
    }
}
