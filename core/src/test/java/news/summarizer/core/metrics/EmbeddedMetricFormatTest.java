package news.summarizer.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.summary.EngineInfo;
import org.junit.jupiter.api.Test;

/** The metric line CloudWatch parses: one JSON object in the Embedded Metric Format, with that invocation's numbers. */
class EmbeddedMetricFormatTest {

    @Test
    void should_render_exact_emf_line_when_invocation_summarised_skipped_and_failed() {
        // Without it: a member name, unit, dimension or the directive's nesting could drift, and CloudWatch would
        // silently extract nothing (an EMF line it cannot parse is just a log line).
        InvocationFigures figures = new InvocationFigures(4, 2, 1, 0, Map.of("binary_content", 1), 3, 2_410, 830, 128,
                0.000859, 5_120);

        String line = EmbeddedMetricFormat.line("NewsSummarizer", "s3", "openai", "gpt-5-mini", figures, 1_765_000_000_000L);

        assertThat(line).isEqualTo("{\"_aws\":{\"Timestamp\":1765000000000,\"CloudWatchMetrics\":[{"
                + "\"Namespace\":\"NewsSummarizer\",\"Dimensions\":[[\"Provider\",\"Model\"]],\"Metrics\":["
                + "{\"Name\":\"Articles\",\"Unit\":\"Count\"},{\"Name\":\"Summarized\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"Skipped\",\"Unit\":\"Count\"},{\"Name\":\"Failed\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"ModelCalls\",\"Unit\":\"Count\"},{\"Name\":\"InputTokens\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"OutputTokens\",\"Unit\":\"Count\"},{\"Name\":\"ReasoningTokens\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"EstimatedCostUsd\",\"Unit\":\"None\"},{\"Name\":\"Latency\",\"Unit\":\"Milliseconds\"},"
                + "{\"Name\":\"Failed.binary_content\",\"Unit\":\"Count\"}]}]},"
                + "\"Provider\":\"openai\",\"Model\":\"gpt-5-mini\",\"Function\":\"s3\","
                + "\"Articles\":4,\"Summarized\":2,\"Skipped\":1,\"Failed\":1,\"ModelCalls\":3,\"InputTokens\":2410,"
                + "\"OutputTokens\":830,\"ReasoningTokens\":128,\"EstimatedCostUsd\":8.59E-4,\"Latency\":5120,"
                + "\"Failed.binary_content\":1}");
    }

    @Test
    void should_leave_out_cost_when_no_prices_are_configured() {
        // Without it: an unpriced engine would report a cost of 0 and the cost alarm could never tell "free" from "unknown".
        InvocationFigures figures = new InvocationFigures(1, 1, 0, 0, Map.of(), 0, 0, 0, 0, null, 40);

        String line = EmbeddedMetricFormat.line("NewsSummarizer", "http", "offline", "offline-extractive", figures, 1L);

        assertThat(line).doesNotContain("EstimatedCostUsd").contains("\"Failed\":0,").endsWith("\"Latency\":40}");
    }

    @Test
    void should_escape_a_configured_model_name_that_is_no_plain_word() {
        // Without it: a model id with a quote or a backslash (a router alias, a path) would break the JSON line,
        // and CloudWatch would drop every metric of the invocation.
        InvocationFigures figures = new InvocationFigures(0, 0, 0, 0, Map.of(), 0, 0, 0, 0, null, 1);

        String line = EmbeddedMetricFormat.line("NewsSummarizer", "http", "openai", "local\\\"model\"\n", figures, 1L);

        assertThat(line).contains("\"Model\":\"local\\\\\\\"model\\\"\\u000a\",");
    }

    @Test
    void should_count_a_failure_once_when_it_passes_two_layers() {
        // Without it: a transient failure recorded by the object processor and rethrown through the event processor
        // would count twice, and the error-rate alarm would fire at half the real rate.
        InvocationTally tally = new InvocationTally();
        SummarizerException timeout = new SummarizerException(ErrorCode.MODEL_TIMEOUT, "no answer");
        tally.summarized(new EngineInfo("openai", "m", "summary-v2", 1_000, 300, 40L, 2, 900, 0.0004, 5, 0));
        tally.failed(timeout);
        tally.failed(timeout);
        tally.failed(new IllegalStateException("bug"));
        tally.skipped();

        InvocationFigures figures = tally.figures();

        assertThat(figures.failed()).containsExactly(Map.entry("internal", 1), Map.entry("model_timeout", 1));
        assertThat(figures.articles()).isEqualTo(4);
        assertThat(figures.modelCalls()).isEqualTo(2);
        assertThat(figures.reasoningTokens()).isEqualTo(40);
        assertThat(figures.estimatedCostUsd()).isEqualTo(0.0004);
    }
}
