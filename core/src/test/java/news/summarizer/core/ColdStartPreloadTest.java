package news.summarizer.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the cold-start preload runs: read from raw settings, before Quarkus's config mapping exists. */
class ColdStartPreloadTest {

    @Test
    void should_preload_on_an_on_demand_cold_start_with_a_model_provider_when_asked() {
        // Without it the setting would do nothing: the first request after an on-demand cold start would load TLS, the
        // assistant and the German models itself (0.4-1 s of CPU on the benchmark's machine), after init.
        assertThat(ColdStartPreload.preloads("openai", "preload", "on-demand")).isTrue();
        assertThat(ColdStartPreload.preloads("BEDROCK", "PRELOAD", "on-demand")).isTrue();
    }

    @Test
    void should_not_preload_by_default() {
        // Without it every on-demand cold start would pay the preload's extra CPU where it does not pay back (measured
        // on a shared 2-core machine: about 0.25 s more CPU, no shorter cold start).
        assertThat(ColdStartPreload.preloads("openai", "pre-initialized", "on-demand")).isFalse();
    }

    @Test
    void should_not_preload_where_the_warm_up_runs_or_nobody_waits() {
        // Without it a SnapStart snapshot or provisioned instance would load twice, and tests and dev mode (no Lambda
        // initialisation type) would start a thread the whole suite does not need.
        assertThat(ColdStartPreload.preloads("openai", "preload", "snap-start")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "preload", "provisioned-concurrency")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "preload", null)).isFalse();
    }

    @Test
    void should_not_preload_offline_with_warm_up_never_or_an_unknown_setting() {
        // Without it the offline engine would load a TLS context it never uses, "never" would not switch it off, and a
        // misspelt value would throw during Quarkus's static init instead of failing where the config is checked.
        assertThat(ColdStartPreload.preloads("offline", "preload", "on-demand")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "never", "on-demand")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "always", "on-demand")).isFalse();
        assertThat(ColdStartPreload.preloads("open-ai", "preload", "on-demand")).isFalse();
    }
}
