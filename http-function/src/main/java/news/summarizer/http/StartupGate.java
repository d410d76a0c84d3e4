package news.summarizer.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.model.Sleeper;

/**
 * Guards Quarkus's Lambda HTTP handler against requests that arrive while the application is still starting. In dev
 * mode the mock event server queues requests from the first second, and the handler would answer them with a bare
 * {@code 500 "No virtual channel available"} before the HTTP layer exists. Such a request now waits up to
 * {@link #WAIT} for the start, then gets a problem+json 503 with Retry-After. On AWS the runtime sends the first
 * event only after init, so the gate is one boolean check.
 */
@Decorator
@Priority(1)
@Dependent
public class StartupGate implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final int RETRY_AFTER_SECONDS = 5;
    static final String CODE = "service_starting";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Delegate
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> delegate;

    @Inject
    StartupState state;

    /** Set by tests; otherwise built from {@link #state} on use. */
    private final StartupWait startup;

    public StartupGate() {
        this(null);
    }

    StartupGate(StartupWait startup) {
        this.startup = startup;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        StartupWait wait = startup != null ? startup
                : new StartupWait(state::started, WAIT, Sleeper.THREAD);
        if (!wait.awaitStarted()) {
            return starting(event);
        }
        return delegate.handleRequest(event, context);
    }

    static APIGatewayV2HTTPResponse starting(APIGatewayV2HTTPEvent event) {
        String path = event.getRawPath();
        Problem problem = new Problem(ErrorCode.typeOf(CODE), "Service is starting", 503,
                "The application is still starting; retry in a few seconds (ready when /q/health/ready answers UP)",
                CODE, path);
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(503)
                    .withHeaders(Map.of("Content-Type", ProblemResponses.PROBLEM_JSON,
                            "Retry-After", Integer.toString(RETRY_AFTER_SECONDS)))
                    .withBody(JSON.writeValueAsString(problem))
                    .withIsBase64Encoded(false)
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
    }
}
