package news.summarizer.core.metrics;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tally of the invocation running on this thread, so the summarizer can add each summary's calls and tokens
 * without every caller passing it down. An HTTP request, an S3 event and a backfill batch each start on one thread;
 * work they hand to other threads (a story's articles in its pool, a story job in the background) carries the tally
 * along ({@link #within}), so a story's line counts every article's calls, not only those made on the first thread.
 */
final class CurrentInvocation {

    private static final ThreadLocal<InvocationTally> TALLY = new ThreadLocal<>();

    private CurrentInvocation() {
    }

    static InvocationTally open() {
        InvocationTally tally = new InvocationTally();
        TALLY.set(tally);
        return tally;
    }

    static Optional<InvocationTally> tally() {
        return Optional.ofNullable(TALLY.get());
    }

    static void close() {
        TALLY.remove();
    }

    /** Runs {@code work} on this thread adding to {@code tally}, and restores what this thread added to before. */
    static <T> T within(InvocationTally tally, Supplier<T> work) {
        InvocationTally outer = TALLY.get();
        TALLY.set(tally);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                TALLY.remove();
            } else {
                TALLY.set(outer);
            }
        }
    }
}
