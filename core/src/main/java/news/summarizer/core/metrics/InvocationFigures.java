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

    /** Failures of every code together. */
    public int failures() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
