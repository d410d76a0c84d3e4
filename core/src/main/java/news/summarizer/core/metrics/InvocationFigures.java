package news.summarizer.core.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one invocation of a function did: the numbers of its metric line, and of a backfill batch's report.
 *
 * @param articles         articles handled: summarised, skipped as already done, or failed
 * @param summarized       summaries made by the engine (each a model run)
 * @param skipped          articles already summarised or rejected with this engine: no model call
 * @param ignored          objects that are no articles (folder markers, keys outside the input prefix)
 * @param failed           failures by public error code ({@code binary_content: 1}), {@code internal} for a crash
 * @param estimatedCostUsd tokens at the configured prices, or null when no prices are configured
 * @param latencyMs        from the start of the invocation's work to its end
 */
public record InvocationFigures(
        int articles,
        int summarized,
        int skipped,
        int ignored,
        Map<String, Integer> failed,
        long modelCalls,
        long inputTokens,
        long outputTokens,
        long reasoningTokens,
        Double estimatedCostUsd,
        long latencyMs) {

    public InvocationFigures {
        failed = Collections.unmodifiableMap(new TreeMap<>(failed)); // codes in a stable order
    }

    /** No article, no call: what adding starts from. */
    public static final InvocationFigures NONE = new InvocationFigures(0, 0, 0, 0, Map.of(), 0, 0, 0, 0, null, 0);

    /**
     * Both together, as a run's report adds up its batches: counts, tokens and cost add (a cost stays unknown only
     * when both are), and so do the latencies, which for a report is the functions' total running time.
     */
    public InvocationFigures plus(InvocationFigures other) {
        TreeMap<String, Integer> failures = new TreeMap<>(failed);
        other.failed.forEach((code, count) -> failures.merge(code, count, Integer::sum));
        Double cost = estimatedCostUsd;
        if (cost == null) {
            cost = other.estimatedCostUsd;
        } else if (other.estimatedCostUsd != null) {
            cost = Math.round((cost + other.estimatedCostUsd) * 1_000_000d) / 1_000_000d;
        }
        return new InvocationFigures(articles + other.articles, summarized + other.summarized, skipped + other.skipped,
                ignored + other.ignored, failures, modelCalls + other.modelCalls, inputTokens + other.inputTokens,
                outputTokens + other.outputTokens, reasoningTokens + other.reasoningTokens, cost,
                latencyMs + other.latencyMs);
    }

    /** Failures of every code together. */
    public int failures() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
