package news.summarizer.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.model.Deadline;

/**
 * Summarises a story's articles with at most {@code summarizer.story.concurrency} at once (what a provider's rate
 * limit allows), in both functions. With a stop time (a request that should answer by then) an article is started
 * only while the time left is longer than the slowest article so far took, and articles still running at the stop
 * time are awaited until the request's deadline: work that cannot finish in time is left to whoever continues the
 * job, and a call already paid for is kept rather than thrown away. Every task runs under the caller's request
 * {@link Deadline} and adds its model calls to the caller's invocation metrics.
 */
public final class ArticlePool {

    private final int concurrency;

    public ArticlePool(int concurrency) {
        this.concurrency = Math.max(1, concurrency);
    }

    /**
     * Runs {@code task} for the indexes {@code 0..count-1}; {@code done} hears of every result as it arrives. Returns
     * the results by index, null where an article was not started before {@code stopAt} (null: no stop time) or not
     * finished before {@code cancelAt} (null: the tasks' own budgets bound them). The first failure cancels the rest
     * and is thrown.
     */
    public <T> List<T> run(int count, IntFunction<T> task, Deadline stopAt, Deadline cancelAt,
                           BiConsumer<Integer, T> done) {
        List<T> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            results.add(null);
        }
        if (count == 0) {
            return results;
        }
        Deadline request = Deadline.ofRequest().orElse(null);
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(concurrency, count), runnable -> {
            Thread thread = new Thread(runnable, "story-article");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<Timed<T>> finished = new ExecutorCompletionService<>(threads);
        List<Future<Timed<T>>> running = new ArrayList<>();
        int next = 0;
        long slowestNanos = 0;
        boolean stopped = false;
        try {
            while (true) {
                stopped = stopped || (stopAt != null && stopAt.passed());
                while (!stopped && running.size() < concurrency && next < count && mayStart(stopAt, slowestNanos)) {
                    int index = next++;
                    // The worker counts its model calls in the caller's invocation and works to the caller's deadline.
                    running.add(finished.submit(InvocationMetrics.carried(
                            () -> Deadline.within(request, () -> timed(index, task)))));
                }
                if (running.isEmpty()) {
                    return results;
                }
                Deadline until = stopped || stopAt == null ? cancelAt : stopAt;
                Future<Timed<T>> future = until == null ? finished.take()
                        : finished.poll(Math.max(1, until.remaining().toMillis()), TimeUnit.MILLISECONDS);
                if (future == null) {
                    if (stopped) {
                        return results; // the request's deadline came with articles in flight: cancelled below
                    }
                    continue; // the stop time: nothing new starts, running articles may still finish
                }
                running.remove(future);
                Timed<T> result = future.get();
                slowestNanos = Math.max(slowestNanos, result.nanos());
                results.set(result.index(), result.value());
                done.accept(result.index(), result.value());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SummarizerException failure) {
                throw failure;
            }
            throw new IllegalStateException("Summarising a source failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Interrupted while summarising the sources", null, e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Whether another call is expected to finish before {@code stopAt}, judged by the slowest one so far. */
    public static boolean mayStart(Deadline stopAt, long slowestNanos) {
        return stopAt == null || stopAt.remaining().toNanos() > slowestNanos;
    }

    private static <T> Timed<T> timed(int index, IntFunction<T> task) {
        long started = System.nanoTime();
        T value = task.apply(index);
        return new Timed<>(index, value, System.nanoTime() - started);
    }

    private record Timed<T>(int index, T value, long nanos) {
    }
}
