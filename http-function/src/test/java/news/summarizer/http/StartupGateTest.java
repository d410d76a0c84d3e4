package news.summarizer.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Requests that reach the Lambda HTTP handler while the application is still starting (dev mode, live reload). */
class StartupGateTest {

    private final List<Duration> sleeps = new ArrayList<>();

    @Test
    void should_answer_problem_json_503_with_retry_after_when_the_application_does_not_start_in_time() throws Exception {
        // Without it such a request got Quarkus's bare 500 {"message": "Internal Server Error"}.
        StartupGate gate = new StartupGate(new StartupWait(() -> false, Duration.ofSeconds(1), sleeps::add));
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withRawPath("/summaries").build();

        APIGatewayV2HTTPResponse response = gate.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json")
                .containsEntry("Retry-After", "5");
        JsonNode problem = new ObjectMapper().readTree(response.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("service_starting");
        assertThat(problem.path("type").asText()).isEqualTo("urn:news-summarizer:problem:service_starting");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("instance").asText()).isEqualTo("/summaries");
        assertThat(sleeps).hasSize(20).allMatch(StartupWait.POLL::equals);
    }

    @Test
    void should_wait_for_the_start_when_the_application_starts_within_the_limit() {
        // Without it a request sent a moment too early would fail although the application is seconds from ready.
        AtomicInteger looks = new AtomicInteger();
        StartupWait wait = new StartupWait(() -> looks.incrementAndGet() > 3, Duration.ofSeconds(20), sleeps::add);

        assertThat(wait.awaitStarted()).isTrue();
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void should_not_wait_at_all_when_the_application_has_started() {
        // Without it every request on AWS would pay for the gate.
        assertThat(new StartupWait(() -> true, Duration.ofSeconds(20), sleeps::add).awaitStarted()).isTrue();
        assertThat(sleeps).isEmpty();
    }
}
