package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.ModelAnswers;
import org.junit.jupiter.api.Test;

/**
 * The function as Lambda invokes it: the sample HTTP API v2 / function URL event from {@code events/} through
 * the Lambda event endpoint, and the API Gateway response that comes back.
 */
@QuarkusTest
@TestProfile(ModelProfile.class)
class LambdaHttpEventTest {

    private static String event(String name) throws Exception {
        return Files.readString(Path.of("..", "events", name), StandardCharsets.UTF_8);
    }

    @Test
    void should_answer_api_gateway_response_with_summary_when_invoked_with_the_sample_http_event() throws Exception {
        // Without it the sample event used for `sam local invoke` could drift from what the function accepts.
        FakeModelResource.model().reset();
        FakeModelResource.model().enqueue(Reply.content(ModelAnswers.oderBridge().toString()));

        JsonPath response = given().contentType("application/json").body(event("http-api-post.json"))
                .when().post("/_lambda_")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(response.getInt("statusCode")).isEqualTo(200);
        String body = response.getBoolean("isBase64Encoded")
                ? new String(Base64.getDecoder().decode(response.getString("body")), StandardCharsets.UTF_8)
                : response.getString("body");
        JsonPath summary = JsonPath.from(body);
        assertThat(summary.getString("headline")).isEqualTo("Deutschland und Polen bauen gemeinsam eine neue Oderbrücke");
        assertThat(summary.getString("article.date")).isEqualTo("2025-11-04");
        assertThat(summary.getList("actors.name")).contains("Lena Hartwig");
    }

    @Test
    void should_answer_problem_response_when_event_body_has_unsupported_type() throws Exception {
        // Without it errors through API Gateway would lose their status or problem content type.
        String event = event("http-api-post.json").replace("\"content-type\": \"text/plain; charset=utf-8\"",
                "\"content-type\": \"application/pdf\"");

        JsonPath response = given().contentType("application/json").body(event)
                .when().post("/_lambda_")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(response.getInt("statusCode")).isEqualTo(415);
        assertThat(response.getMap("headers").toString()).contains("application/problem+json");
    }
}
