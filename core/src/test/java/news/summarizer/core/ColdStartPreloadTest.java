package news.summarizer.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the cold-start preload runs: read from raw settings, before Quarkus's config mapping exists. */
class ColdStartPreloadTest {

    @Test
    void should_preload_on_an_on_demand_cold_start_with_a_model_provider_when_asked() {
        // Without it the setting would do nothing: the first request after an on-demand cold start would load TLS, the
        // assistant and the German models itself (0.4-1 s of CPU on the benchmark's machine), after init.
        assertThat(ColdStartPreload.preloads("openai", "preload", "on-demand", "3008")).isTrue();
        assertThat(ColdStartPreload.preloads("BEDROCK", "PRELOAD", "on-demand", null)).isTrue();
    }

    @Test
    void should_preload_by_default_where_a_request_gets_less_than_a_vcpu() {
        // Without it a function at the template's 1,024 MB would load TLS and the models on its first request at 0.58
        // of a vCPU instead of in init on a whole one (emulated: 7 of 8 cold starts longer without the preload).
        assertThat(ColdStartPreload.preloads("openai", "pre-initialized", "on-demand", "1024")).isTrue();
        assertThat(ColdStartPreload.preloads("bedrock", "pre-initialized", "on-demand", "1768")).isTrue();
    }

    @Test
    void should_not_preload_by_default_where_a_request_gets_a_whole_vcpu_or_the_memory_is_unknown() {
        // Without it a function with a whole vCPU per request would pay the preload's extra work (its handshake) for no
        // faster CPU in init, and a missing or odd memory setting (not on Lambda) would start a thread nobody measured.
        assertThat(ColdStartPreload.preloads("openai", "pre-initialized", "on-demand", "1769")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "pre-initialized", "on-demand", "3008")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "pre-initialized", "on-demand", null)).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "pre-initialized", "on-demand", "1 GB")).isFalse();
    }

    @Test
    void should_not_preload_where_the_warm_up_runs_or_nobody_waits() {
        // Without it a SnapStart snapshot or provisioned instance would load twice, and tests and dev mode (no Lambda
        // initialisation type) would start a thread the whole suite does not need.
        assertThat(ColdStartPreload.preloads("openai", "preload", "snap-start", "1024")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "pre-initialized", "provisioned-concurrency", "1024")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "preload", null, "1024")).isFalse();
    }

    @Test
    void should_not_preload_offline_with_warm_up_never_or_an_unknown_setting() {
        // Without it the offline engine would load a TLS context it never uses, "never" would not switch it off, and a
        // misspelt value would throw during Quarkus's static init instead of failing where the config is checked.
        assertThat(ColdStartPreload.preloads("offline", "preload", "on-demand", "1024")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "never", "on-demand", "1024")).isFalse();
        assertThat(ColdStartPreload.preloads("openai", "always", "on-demand", "1024")).isFalse();
        assertThat(ColdStartPreload.preloads("open-ai", "preload", "on-demand", "1024")).isFalse();
    }
}
