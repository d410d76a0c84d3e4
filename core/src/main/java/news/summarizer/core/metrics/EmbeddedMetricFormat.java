package news.summarizer.core.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an invocation's figures as one CloudWatch Embedded Metric Format line: the {@code _aws} directive names
 * the metrics and their dimensions, the values are top-level members. CloudWatch extracts the metrics from the
 * Lambda log stream; no agent, no API call. Written directly rather than with the {@code aws-embedded-metrics}
 * library, which brings its own sinks, environment detection and logging for this one line, and by hand rather
 * than with Jackson: a fresh {@code ObjectMapper} and its map serialisers cost about 0.1 s on a cold start's first
 * request (measured under the Lambda runtime's C1-only JIT), the line is a fixed structure of names and numbers.
 *
 * <p>Outcomes by error code are metrics named {@code Failed.<code>}, present only when they occurred: one line can
 * carry only one value per dimension, so an "outcome" dimension would need a line per code.
 */
public final class EmbeddedMetricFormat {

    static final String PROVIDER = "Provider";
    static final String MODEL = "Model";
    static final String FAILED_PREFIX = "Failed.";

    private EmbeddedMetricFormat() {
    }

    private record Metric(String name, Number value, String unit) {
    }

    /**
     * @param function which function emitted it ({@code http}, {@code s3}), a property for log queries, no dimension
     */
    public static String line(String namespace, String function, String provider, String model,
                              InvocationFigures figures, long timestampMillis) {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("Articles", figures.articles(), "Count"));
        metrics.add(new Metric("Summarized", figures.summarized(), "Count"));
        metrics.add(new Metric("Skipped", figures.skipped(), "Count"));
        metrics.add(new Metric("Failed", figures.failures(), "Count"));
        metrics.add(new Metric("ModelCalls", figures.modelCalls(), "Count"));
        metrics.add(new Metric("InputTokens", figures.inputTokens(), "Count"));
        metrics.add(new Metric("OutputTokens", figures.outputTokens(), "Count"));
        metrics.add(new Metric("ReasoningTokens", figures.reasoningTokens(), "Count"));
        if (figures.estimatedCostUsd() != null) {
            metrics.add(new Metric("EstimatedCostUsd", figures.estimatedCostUsd(), "None"));
        }
        metrics.add(new Metric("Latency", figures.latencyMs(), "Milliseconds"));
        figures.failed().forEach((code, count) -> metrics.add(new Metric(FAILED_PREFIX + code, count, "Count")));

        StringBuilder line = new StringBuilder(1024);
        line.append("{\"_aws\":{\"Timestamp\":").append(timestampMillis).append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        string(line, namespace).append(",\"Dimensions\":[[");
        string(line, PROVIDER).append(',');
        string(line, MODEL).append("]],\"Metrics\":[");
        for (int i = 0; i < metrics.size(); i++) {
            line.append(i == 0 ? "{\"Name\":" : ",{\"Name\":");
            string(line, metrics.get(i).name()).append(",\"Unit\":");
            string(line, metrics.get(i).unit()).append('}');
        }
        line.append("]}]},");
        string(line, PROVIDER).append(':');
        string(line, provider).append(',');
        string(line, MODEL).append(':');
        string(line, model).append(",\"Function\":");
        string(line, function);
        for (Metric metric : metrics) {
            line.append(',');
            string(line, metric.name()).append(':').append(metric.value());
        }
        return line.append('}').toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped (a model name comes from configuration). */
    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
