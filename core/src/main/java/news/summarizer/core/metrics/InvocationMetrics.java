package news.summarizer.core.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.ArticleSummarizer.EngineIdentity;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.summary.EngineInfo;

/**
 * Measures one invocation of a function and writes its metric line: the adapter runs its work inside
 * {@link #measure}, records what the summarizer cannot see (skipped and failed articles), and gets one
 * {@link EmbeddedMetricFormat} line on standard output when the work ends, whether it returned or threw.
 */
@ApplicationScoped
public class InvocationMetrics {

    /** The {@code Function} property of each function's lines. */
    public static final String HTTP_FUNCTION = "http";
    public static final String S3_FUNCTION = "s3";

    private final MetricsConfig config;
    private final EngineIdentity engine;
    private final Clock clock = Clock.systemUTC();

    public InvocationMetrics(MetricsConfig config, ArticleSummarizer summarizer) {
        this.config = config;
        this.engine = summarizer.engineIdentity();
    }

    /**
     * Runs {@code work} as one invocation of {@code function}. A failure that escapes it is counted by its code
     * (unless already counted) and rethrown.
     */
    public <T> T measure(String function, Function<InvocationTally, T> work) {
        InvocationTally tally = CurrentInvocation.open();
        try {
            return work.apply(tally);
        } catch (RuntimeException e) {
            tally.failed(e);
            throw e;
        } finally {
            CurrentInvocation.close();
            emit(function, tally.figures());
        }
    }

    /** Adds a finished summary to the invocation running on this thread, if any is being measured. */
    public static void recordSummary(EngineInfo engineInfo) {
        CurrentInvocation.tally().ifPresent(tally -> tally.summarized(engineInfo));
    }

    /**
     * Adds model calls that made no summary of their own (a story's fusion) to the invocation running on this thread,
     * if any; {@code costUsd} is their cost at the configured prices (null: none configured).
     */
    public static void recordModelUse(Usage usage, Double costUsd) {
        CurrentInvocation.tally().ifPresent(tally -> tally.used(usage, costUsd));
    }

    /**
     * {@code work} as it should run on another thread: adding to the invocation running on this thread (if any), so
     * its model calls count where they were asked for. Wrap where the work is handed over, not where it runs: the
     * worker thread knows no invocation.
     */
    public static <T> Callable<T> carried(Callable<T> work) {
        return CurrentInvocation.tally().<Callable<T>>map(tally -> () -> CurrentInvocation.within(tally, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).orElse(work);
    }

    /**
     * Adds a failed article to the invocation running on this thread, if any: called where the failure is mapped
     * (an error record), since a permanent failure never reaches the invocation's end as an exception.
     */
    public static void recordFailure(Throwable failure) {
        CurrentInvocation.tally().ifPresent(tally -> tally.failed(failure));
    }

    private void emit(String function, InvocationFigures figures) {
        if (!config.enabled()) {
            return;
        }
        String line = EmbeddedMetricFormat.line(config.namespace(), function, engine.provider(), engine.model(),
                figures, clock.millis());
        // Read at every call: Lambda (and a test) may replace the stream; println writes the line in one piece.
        PrintStream out = System.out;
        out.println(line);
    }
}
