package news.summarizer.core;

import java.util.concurrent.RejectedExecutionException;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.core.offline.EntityFinder;

/** For benchmarks outside this package: a summarizer whose helper is always busy, so it reads after the answer. */
public final class InlineReading {

    private InlineReading() {
    }

    /** The article's reading runs on the caller's thread once the model has answered, as before it ran alongside. */
    public static ArticleSummarizer summarizer(ArticleIntake intake, SummaryEngine engine, SummarizerConfig config) {
        return new ArticleSummarizer(intake, Instances.only(engine), new ActorGrounder(), config, EntityFinder::find,
                work -> {
                    throw new RejectedExecutionException("always busy");
                });
    }
}
