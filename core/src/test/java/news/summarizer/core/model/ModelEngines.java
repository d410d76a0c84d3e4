package news.summarizer.core.model;

import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine;

/** The model engine outside CDI, for the evaluation command: an OpenAI-compatible provider from the config. */
public final class ModelEngines {

    private ModelEngines() {
    }

    public static SummaryEngine openAi(SummarizerConfig config) {
        ModelTarget target = new OpenAiTargetFactory(null).create(config);
        return new ModelSummaryEngine(() -> target, SummaryEngine.Readiness::up, config, Sleeper.THREAD);
    }
}
