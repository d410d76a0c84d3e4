package news.summarizer.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportTest {

    @Test
    void should_add_up_batches_when_some_have_no_cost_and_some_failed() {
        // Without it: a batch with nothing to summarise (cost unknown) made adding up a run's report throw, and the
        // codes of different batches would not be merged.
        InvocationFigures priced = new InvocationFigures(3, 2, 0, 1, Map.of("binary_content", 1), 2, 2_400, 600, 0,
                0.00072, 4_000);
        InvocationFigures skippedOnly = new InvocationFigures(3, 0, 2, 0, Map.of("binary_content", 1), 0, 0, 0, 0,
                null, 300);

        RunReport report = RunReport.of(List.of(priced, skippedOnly, priced), List.of("States.Timeout"));

        assertThat(report.batches()).isEqualTo(4);
        assertThat(report.failedBatchErrors()).isEqualTo(Map.of("States.Timeout", 1));
        InvocationFigures totals = report.totals();
        assertThat(totals.articles()).isEqualTo(9);
        assertThat(totals.summarized()).isEqualTo(4);
        assertThat(totals.skipped()).isEqualTo(2);
        assertThat(totals.ignored()).isEqualTo(2);
        assertThat(totals.failed()).isEqualTo(Map.of("binary_content", 3));
        assertThat(totals.inputTokens()).isEqualTo(4_800);
        assertThat(totals.estimatedCostUsd()).isEqualTo(0.00144);
        assertThat(totals.latencyMs()).isEqualTo(8_300);
    }

    @Test
    void should_leave_the_cost_unknown_when_no_batch_had_prices() {
        // Without it: a run without configured prices would report a cost of 0 USD.
        InvocationFigures unpriced = new InvocationFigures(1, 1, 0, 0, Map.of(), 1, 1_200, 300, 0, null, 10);

        assertThat(RunReport.of(List.of(unpriced, unpriced), List.of()).totals().estimatedCostUsd()).isNull();
    }
}
