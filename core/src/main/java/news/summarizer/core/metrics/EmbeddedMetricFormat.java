package news.summarizer.core.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an invocation's figures as one CloudWatch Embedded Metric Format line: the {@code _aws} directive names
 * the metrics and their dimensions, the values are top-level members. CloudWatch extracts the metrics from the
 * Lambda log stream; no agent, no API call. Written directly (a dozen lines) rather than with the
 * {@code aws-embedded-metrics} library, which brings its own sinks, environment detection and logging for this.
 *
 * <p>Outcomes by error code are metrics named {@code Failed.<code>}, present only when they occurred: one line can
 * carry only one value per dimension, so an "outcome" dimension would need a line per code.
 */
public final class EmbeddedMetricFormat {

    static final String PROVIDER = "Provider";
    static final String MODEL = "Model";
    static final String FAILED_PREFIX = "Failed.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbeddedMetricFormat() {
    }

    /**
     * @param function which function emitted it ({@code http}, {@code s3}), a property for log queries, no dimension
     */
    public static String line(String namespace, String function, String provider, String model,
                              InvocationFigures figures, long timestampMillis) {
        Map<String, Number> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        put(values, units, "Articles", figures.articles(), "Count");
        put(values, units, "Summarized", figures.summarized(), "Count");
        put(values, units, "Skipped", figures.skipped(), "Count");
        put(values, units, "Failed", figures.failures(), "Count");
        put(values, units, "ModelCalls", figures.modelCalls(), "Count");
        put(values, units, "InputTokens", figures.inputTokens(), "Count");
        put(values, units, "OutputTokens", figures.outputTokens(), "Count");
        put(values, units, "ReasoningTokens", figures.reasoningTokens(), "Count");
        if (figures.estimatedCostUsd() != null) {
            put(values, units, "EstimatedCostUsd", figures.estimatedCostUsd(), "None");
        }
        put(values, units, "Latency", figures.latencyMs(), "Milliseconds");
        figures.failed().forEach((code, count) -> put(values, units, FAILED_PREFIX + code, count, "Count"));

        List<Map<String, String>> metrics = new ArrayList<>();
        units.forEach((name, unit) -> {
            Map<String, String> metric = new LinkedHashMap<>();
            metric.put("Name", name);
            metric.put("Unit", unit);
            metrics.add(metric);
        });
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", namespace);
        directive.put("Dimensions", List.of(List.of(PROVIDER, MODEL)));
        directive.put("Metrics", metrics);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", timestampMillis);
        aws.put("CloudWatchMetrics", List.of(directive));

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", aws);
        line.put(PROVIDER, provider);
        line.put(MODEL, model);
        line.put("Function", function);
        line.putAll(values);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the metric line", e);
        }
    }

    private static void put(Map<String, Number> values, Map<String, String> units, String name, Number value,
                            String unit) {
        values.put(name, value);
        units.put(name, unit);
    }
}
