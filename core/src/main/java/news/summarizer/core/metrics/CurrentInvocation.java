package news.summarizer.core.metrics;

import java.util.Optional;

/**
 * The tally of the invocation running on this thread, so the summarizer can add each summary's calls and tokens
 * without every caller passing it down (an HTTP request, an S3 event and a backfill batch each run on one thread).
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
}
