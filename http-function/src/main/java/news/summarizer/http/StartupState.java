package news.summarizer.http;

import io.quarkus.runtime.Application;
import jakarta.inject.Singleton;

/**
 * Whether the application has finished starting, i.e. can serve a request through Quarkus's virtual HTTP channel.
 * {@code StartupEvent} is too early for that: Quarkus fires it and only then binds the channel (the build step that
 * opens the HTTP socket, {@code VertxHttpProcessor.openSocket}, consumes the {@code ApplicationStartBuildItem} that
 * firing the event produces). A request let through in between got {@code ERROR ... No virtual channel available}
 * and a 500. {@link Application#isStarted()} turns true only after every start step, the channel included.
 */
@Singleton
public class StartupState {

    private volatile boolean started;

    boolean started() {
        if (!started) {
            Application application = Application.currentApplication();
            started = application != null && application.isStarted();
        }
        return started;
    }
}
