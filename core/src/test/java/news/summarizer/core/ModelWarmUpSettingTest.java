package news.summarizer.core;

import static org.assertj.core.api.Assertions.assertThat;

import news.summarizer.core.config.SummarizerConfig.Model.WarmUp;
import org.junit.jupiter.api.Test;

/** When the model path is warmed up at start-up. */
class ModelWarmUpSettingTest {

    @Test
    void should_warm_the_model_path_only_when_lambda_initialises_ahead_of_traffic_by_default() {
        // Without it every on-demand cold start would pay the warm-up on top of its init (about 0.15 s more in all),
        // or a SnapStart snapshot would miss it and every restored instance's first request would load the path.
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.PRE_INITIALIZED, "snap-start")).isTrue();
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.PRE_INITIALIZED, "provisioned-concurrency")).isTrue();
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.PRE_INITIALIZED, "on-demand")).isFalse();
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.PRE_INITIALIZED, null)).isFalse();
    }

    @Test
    void should_warm_up_with_preload_where_pre_initialized_does() {
        // Without it choosing the on-demand preload would lose the warm-up of SnapStart snapshots.
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.PRELOAD, "snap-start")).isTrue();
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.PRELOAD, "on-demand")).isFalse();
    }

    @Test
    void should_follow_an_explicit_setting_whatever_the_initialisation() {
        // Without it a user could not trade a longer init for a faster first request, or switch the warm-up off.
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.ALWAYS, "on-demand")).isTrue();
        assertThat(ArticleSummarizer.warmsModelAtStart(WarmUp.NEVER, "snap-start")).isFalse();
    }
}
