package news.summarizer.http;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import news.summarizer.core.model.Sleeper;

/**
 * Waits a bounded time for the application to finish starting. A request that arrives earlier (in dev mode the
 * mock event server accepts requests long before the application is up) waits instead of failing.
 */
final class StartupWait {

    static final Duration POLL = Duration.ofMillis(50);

    private final BooleanSupplier started;
    private final Duration limit;
    /** Pauses between two looks at the start-up state; injected so tests need no wall clock. */
    private final Sleeper sleeper;

    StartupWait(BooleanSupplier started, Duration limit, Sleeper sleeper) {
        this.started = started;
        this.limit = limit;
        this.sleeper = sleeper;
    }

    /** True once the application has started, false when it has not within the limit. */
    boolean awaitStarted() {
        for (long waited = 0; !started.getAsBoolean(); waited += POLL.toMillis()) {
            if (waited >= limit.toMillis()) {
                return false;
            }
            try {
                sleeper.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
