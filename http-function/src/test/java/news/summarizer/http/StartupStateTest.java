package news.summarizer.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up signal where Quarkus runs without an {@code Application} instance: Lambda's own bootstrap. */
class StartupStateTest {

    @Test
    void should_report_started_after_the_startup_event_when_quarkus_runs_without_an_application_instance() {
        // Without it every request of the packaged function on Lambda (Quarkus.manualStart, no current Application)
        // waited 20 s and got 503 service_starting.
        StartupState state = new StartupState(() -> null);
        assertThat(state.started()).isFalse();

        state.onStart(null);

        assertThat(state.started()).isTrue();
    }
}
