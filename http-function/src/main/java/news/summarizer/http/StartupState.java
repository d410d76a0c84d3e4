package news.summarizer.http;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * Whether the application has finished starting, i.e. can serve a request through Quarkus's virtual HTTP channel.
 * {@link StartupEvent} alone is too early for that: Quarkus fires it and only then binds the channel (the build step
 * that opens the HTTP socket, {@code VertxHttpProcessor.openSocket}, consumes the {@code ApplicationStartBuildItem}
 * that firing the event produces). A request let through in between got {@code ERROR ... No virtual channel
 * available} and a 500. Where Quarkus runs as an {@link Application} (dev mode, tests) {@link Application#isStarted()}
 * turns true only after every start step, the channel included.
 */
@Singleton
public class StartupState {

    /** The running Application, if Quarkus runs as one; a seam for tests, which run inside one. */
    private final Supplier<Application> application;
    private volatile boolean startupEventSeen;
    private volatile boolean started;

    public StartupState() {
        this(Application::currentApplication);
    }

    StartupState(Supplier<Application> application) {
        this.application = application;
    }

    void onStart(@Observes StartupEvent event) {
        startupEventSeen = true;
    }

    boolean started() {
        if (!started) {
            Application running = application.get();
            // Lambda's own bootstrap (QuarkusStreamHandler, Quarkus.manualStart) runs the start steps without an
            // Application instance and hands over an event only after all of them; there the event is enough.
            started = running == null ? startupEventSeen : running.isStarted();
        }
        return started;
    }
}
