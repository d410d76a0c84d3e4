package news.summarizer.core.model;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The end of a time budget: every call and every wait must fit before it. A request has one deadline, derived
 * from the function's remaining time ({@link #within}); every article's model budget inside that request ends at
 * the earlier of its own budget and the request's, so no article of a story can outlive the request.
 */
public record Deadline(long endNanos) {

    /** Reserved for the answer itself: storing the work done, handing off, writing the reply. */
    public static final Duration ANSWER_RESERVE = Duration.ofSeconds(3);
    private static final Duration LONGEST_INVOCATION = Duration.ofMinutes(15);
    private static final ThreadLocal<Deadline> REQUEST = new ThreadLocal<>();

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /**
     * The deadline of a function invocation with {@code remainingMillis} left (Lambda's context), {@code reserve}
     * before its end; null when the remaining time is unknown (not positive, or longer than Lambda ever runs).
     */
    public static Deadline beforeEnd(long remainingMillis, Duration reserve) {
        if (remainingMillis <= 0 || remainingMillis > LONGEST_INVOCATION.toMillis()) {
            return null;
        }
        return in(Duration.ofMillis(remainingMillis).minus(reserve));
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** Whether waiting {@code wait} still leaves time for another call. */
    public boolean allows(Duration wait) {
        return System.nanoTime() + wait.toNanos() < endNanos;
    }

    public boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }

    public Deadline earliest(Deadline other) {
        return other == null || endNanos - other.endNanos <= 0 ? this : other;
    }

    /** The deadline of the request this thread works for, if one was set. */
    public static Optional<Deadline> ofRequest() {
        return Optional.ofNullable(REQUEST.get());
    }

    /** Runs {@code work} on this thread under the request deadline {@code deadline} (null: none). */
    public static <T> T within(Deadline deadline, Supplier<T> work) {
        Deadline outer = REQUEST.get();
        REQUEST.set(deadline);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                REQUEST.remove();
            } else {
                REQUEST.set(outer);
            }
        }
    }
}
