package news.summarizer.core;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work that one thread needs later, started on a helper thread while that thread waits for something else (the
 * article's analysis while the model writes its answer), and joined by it. Whoever claims the work first runs it: the
 * helper, or the caller at {@link #join} when no helper had started it (the helper busy with another request's work),
 * so the caller never waits for a queue, and the work runs once. The caller gets the work's own result or its own
 * exception, as if it had run the work itself. Work the caller no longer needs is {@linkplain #abandon abandoned}: it
 * never starts if it has not, and is waited for if it has, so that none of it runs on after the caller has answered
 * (Lambda freezes an instance as soon as it has answered; the work would resume at the next invocation).
 */
final class WorkAlongside<T> {

    /**
     * One helper thread: Lambda serves one request at a time per instance, and a second request meanwhile (a local
     * server, a story's articles in parallel) runs its own work at {@link #join} if the helper has not got to it. A
     * short queue, not a hand-off: the helper may still be on its way back from the last request's work when the next
     * arrives; work its caller has claimed meanwhile is skipped when the helper reaches it. A daemon that never times
     * out, so its per-thread tools (the part-of-speech tagger, word caches) stay warm between requests.
     */
    static final ThreadPoolExecutor HELPER = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8),
            runnable -> {
                Thread thread = new Thread(runnable, "work-alongside");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    private final Supplier<T> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Written by the thread that ran the work before {@link #finished} counts down, read by others after it. */
    private T result;
    private Throwable failure;

    private WorkAlongside(Supplier<T> work) {
        this.work = work;
    }

    /**
     * Ends the helper thread when the application stops (Quarkus dev mode and tests start the application again in a
     * new class loader, which would otherwise keep the old one's thread and its per-thread tools). Work started later
     * runs on its caller, at {@link #join}.
     */
    static void stopHelper() {
        HELPER.shutdown();
    }

    /** Starts {@code work} on {@code helper} ({@link #HELPER}) if it takes it now, else leaves it to {@link #join}. */
    static <T> WorkAlongside<T> start(Supplier<T> work, Executor helper) {
        WorkAlongside<T> started = new WorkAlongside<>(work);
        try {
            helper.execute(started::runUnlessClaimed);
        } catch (RejectedExecutionException busy) {
            // The helper is busy: the caller claims the work at join.
        }
        return started;
    }

    /** The work's result, run here if no helper has started it; its exception (or error) is rethrown as it was. */
    T join() {
        runUnlessClaimed();
        awaitFinished();
        if (failure instanceof RuntimeException exception) {
            throw exception;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) { // a checked exception thrown past the compiler: still the caller's to see
            throw new IllegalStateException("Work alongside failed", failure);
        }
        return result;
    }

    /**
     * The caller no longer needs the result (it is failing): work not yet started never starts; started work is waited
     * for. Its failure, if it failed, is returned for the caller to attach to its own ({@code addSuppressed}).
     */
    Optional<Throwable> abandon() {
        if (claimed.compareAndSet(false, true)) {
            finished.countDown();
            return Optional.empty();
        }
        awaitFinished();
        return Optional.ofNullable(failure);
    }

    private void runUnlessClaimed() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            result = work.get();
        } catch (Throwable thrown) {
            // Handed to the caller at join (or abandon), which rethrows it; a helper thread has no one to tell.
            failure = thrown;
        } finally {
            finished.countDown();
        }
    }

    /**
     * Waits for the work (CPU only, milliseconds) without giving up on an interrupt: leaving would let it run on after
     * the caller answers. The interrupt is kept for the caller's next blocking call.
     */
    private void awaitFinished() {
        boolean interrupted = false;
        while (true) {
            try {
                finished.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
