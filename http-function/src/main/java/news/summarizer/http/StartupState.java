package news.summarizer.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Whether the application has started. Quarkus fires {@link StartupEvent} after its services (the HTTP layer
 * included) have started, in dev mode, tests and on Lambda alike.
 */
@Singleton
public class StartupState {

    private volatile boolean started;

    void onStart(@Observes StartupEvent event) {
        started = true;
    }

    boolean started() {
        return started;
    }
}
