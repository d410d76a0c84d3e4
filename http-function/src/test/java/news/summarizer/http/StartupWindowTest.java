package news.summarizer.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request that reaches the Lambda HTTP handler in the last moments of the start (dev mode: /q/health/ready polled
 * while Quarkus starts) waits for the start instead of failing with {@code ERROR ... No virtual channel available}
 * and a 500. The probe sends it from inside that window; see {@link StartupWindowProbe}.
 */
@QuarkusTest
@TestProfile(StartupWindowTest.Probe.class)
class StartupWindowTest {

    public static class Probe implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(StartupWindowProbe.ENABLED, "true");
        }
    }

    @Test
    void should_hold_a_request_from_the_last_moments_of_the_start_and_answer_it_once_started() throws Exception {
        StartupWindowProbe.Window window = StartupWindowProbe.window;
        assertThat(window).as("the probe ran during the start").isNotNull();
        // The window exists: StartupEvent comes before Quarkus binds its virtual HTTP channel. Without this the test
        // would prove nothing (and a Quarkus that reorders its start would make the gate's choice of signal moot).
        assertThat(window.channelBound()).as("virtual HTTP channel bound during StartupEvent").isFalse();
        // Without it (StartupEvent as the signal) the gate let the request through here.
        assertThat(window.startedReported()).as("start-up reported complete during StartupEvent").isFalse();

        APIGatewayV2HTTPResponse response = window.response().get(60, TimeUnit.SECONDS);

        assertThat(response.getStatusCode()).isEqualTo(200);
        String body = response.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(response.getBody()), StandardCharsets.UTF_8) : response.getBody();
        assertThat(body).contains("\"status\": \"UP\"");
        assertThat(window.errors()).as("ERROR lines of the Lambda HTTP handler").isEmpty();
    }
}
