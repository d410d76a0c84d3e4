package news.summarizer.core.metrics;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeMap;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.summary.EngineInfo;

/**
 * Counts what one invocation does while it runs. A failure is counted once even when it passes several layers
 * (the object processor records it, the event processor rethrows it), because each exception is remembered. Safe
 * for concurrent adds: a story's articles are summarised on several threads of the same invocation.
 */
public final class InvocationTally {

    /** The code of a failure that is no {@link SummarizerException}: a bug or a crash, not a domain outcome. */
    public static final String INTERNAL = "internal";

    private final long startedNanos = System.nanoTime();
    private final TreeMap<String, Integer> failed = new TreeMap<>();
    private final Set<Throwable> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    private int summarized;
    private int skipped;
    private int ignored;
    private long modelCalls;
    private long inputTokens;
    private long outputTokens;
    private long reasoningTokens;
    private Double costUsd;

    /** A summary the engine made; its engine info carries the calls, tokens and cost it took. */
    public synchronized void summarized(EngineInfo engine) {
        summarized++;
        add(engine.modelCalls(), engine.inputTokens(), engine.outputTokens(),
                engine.reasoningTokens() == null ? 0 : engine.reasoningTokens(), engine.costUsd());
    }

    /** Model calls that made no summary of their own (a story's fusion), and their cost (null: no prices). */
    public synchronized void used(Usage usage, Double usageCostUsd) {
        add(usage.modelCalls(), usage.inputTokens(), usage.outputTokens(), usage.reasoningTokens(), usageCostUsd);
    }

    private void add(long calls, long input, long output, long reasoning, Double cost) {
        modelCalls += calls;
        inputTokens += input;
        outputTokens += output;
        reasoningTokens += reasoning;
        if (cost != null) {
            costUsd = (costUsd == null ? 0 : costUsd) + cost;
        }
    }

    /** An article already summarised (or rejected) with this engine: no engine run. */
    public synchronized void skipped() {
        skipped++;
    }

    /** An object that is no article to summarise. */
    public synchronized void ignored() {
        ignored++;
    }

    /** A failed article, by its error code; the same exception seen again is not counted again. */
    public synchronized void failed(Throwable failure) {
        if (counted.add(failure)) {
            String code = failure instanceof SummarizerException domain ? domain.code().code() : INTERNAL;
            failed.merge(code, 1, Integer::sum);
        }
    }

    public synchronized InvocationFigures figures() {
        int failures = failed.values().stream().mapToInt(Integer::intValue).sum();
        double cost = costUsd == null ? 0 : Math.round(costUsd * 1_000_000d) / 1_000_000d;
        return new InvocationFigures(summarized + skipped + failures, summarized, skipped, ignored, failed, modelCalls,
                inputTokens, outputTokens, reasoningTokens, costUsd == null ? null : cost,
                (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
