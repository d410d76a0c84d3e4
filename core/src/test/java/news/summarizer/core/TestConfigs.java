package news.summarizer.core;

import news.summarizer.core.config.SummarizerConfig;

/** The summarizer's config mapping for unit tests, with the given overrides on top of the defaults. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static SummarizerConfig config(String... keyValues) {
        return news.summarizer.testing.TestConfigs.mapping(SummarizerConfig.class, keyValues);
    }
}
