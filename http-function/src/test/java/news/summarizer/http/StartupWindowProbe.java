package news.summarizer.http;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.quarkus.netty.runtime.virtual.VirtualClientConnection;
import io.quarkus.netty.runtime.virtual.VirtualResponseHandler;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a request from inside the start-up window: while the {@code StartupEvent} is delivered (after the other
 * observers, the old start-up signal included) and before Quarkus binds its virtual HTTP channel. That is when dev
 * mode's poll loop used to hand a waiting request to the HTTP layer too early. Active only in
 * {@link StartupWindowTest}.
 */
@Singleton
public class StartupWindowProbe {

    static final String ENABLED = "test.startup-window-probe";

    /** What the probe saw in the window; null until it ran. */
    record Window(boolean channelBound, boolean startedReported, CompletableFuture<APIGatewayV2HTTPResponse> response,
            List<String> errors) {
    }

    static volatile Window window;

    @Inject
    @ConfigProperty(name = ENABLED, defaultValue = "false")
    boolean enabled;

    @Inject
    StartupState state;

    @Inject
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    void onStart(@Observes @Priority(10_000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Logger.getLogger("quarkus.amazon.lambda.http").addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    Throwable thrown = record.getThrown();
                    errors.add(record.getMessage() + (thrown == null ? "" : ": " + thrown.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        CompletableFuture<APIGatewayV2HTTPResponse> response = new CompletableFuture<>();
        Thread request = new Thread(() -> {
            try {
                response.complete(handler.handleRequest(readyProbe(), null));
            } catch (RuntimeException e) {
                response.completeExceptionally(e);
            }
        }, "startup-window-request");
        request.setDaemon(true);
        window = new Window(channelBound(), state.started(), response, errors);
        request.start();
        // Go on with the start only once the request has either been answered (too early: the failure) or is held
        // by the gate (asleep between two looks at the state): without the wait the start could win the race and the
        // request would pass by luck.
        // The bound only keeps a broken gate from hanging the start; the test's assertions tell what happened.
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (request.getState() != Thread.State.TIMED_WAITING && request.getState() != Thread.State.TERMINATED
                && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
    }

    /** Whether Quarkus's virtual HTTP channel, through which every Lambda HTTP request is served, exists yet. */
    private static boolean channelBound() {
        try {
            VirtualClientConnection.connect(new VirtualResponseHandler() {
                @Override
                public void handleMessage(Object msg) {
                }

                @Override
                public void close() {
                }
            }, VertxHttpRecorder.VIRTUAL_HTTP).close();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** GET /q/health/ready as API Gateway (and dev mode's mock event server) delivers it. */
    private static APIGatewayV2HTTPEvent readyProbe() {
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath("/q/health/ready")
                .withHeaders(Map.of("Accept", "application/json"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").build())
                        .build())
                .build();
    }
}
