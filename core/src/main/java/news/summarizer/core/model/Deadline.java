package news.summarizer.core.model;

import java.time.Duration;

/** The end of the time budget for one article: every call and every wait must fit before it. */
public record Deadline(long endNanos) {

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** Whether waiting {@code wait} still leaves time for another call. */
    public boolean allows(Duration wait) {
        return System.nanoTime() + wait.toNanos() < endNanos;
    }
}
