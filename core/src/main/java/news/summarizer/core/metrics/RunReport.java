package news.summarizer.core.metrics;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of a backfill run: its batches' figures added up ({@link InvocationFigures#plus}; {@code latencyMs} is
 * then the functions' total running time), and the batches that failed even after their retries, by the error Step
 * Functions recorded for them (their articles are in no figure: run the backfill again once the cause is fixed;
 * everything finished is skipped at no model cost).
 */
public record RunReport(int batches, int failedBatches, Map<String, Integer> failedBatchErrors, InvocationFigures totals) {

    public RunReport {
        failedBatchErrors = Collections.unmodifiableMap(new TreeMap<>(failedBatchErrors));
    }

    public static RunReport of(List<InvocationFigures> succeeded, List<String> failedBatchErrors) {
        InvocationFigures totals = succeeded.stream().reduce(InvocationFigures.NONE, InvocationFigures::plus);
        Map<String, Integer> errors = new TreeMap<>();
        failedBatchErrors.forEach(error -> errors.merge(error, 1, Integer::sum));
        return new RunReport(succeeded.size() + failedBatchErrors.size(), failedBatchErrors.size(), errors, totals);
    }
}
