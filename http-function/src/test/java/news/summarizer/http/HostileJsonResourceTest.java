package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import news.summarizer.testing.HostileJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JSON a careless or hostile client sends is a 400 {@code invalid_request} that names the problem, on both
 * endpoints, and never reaches the model: a body 100,000 arrays deep and a 200,000-digit number used to be
 * {@code 500 internal_error}, a second {@code text} key used to be summarised silently.
 */
@QuarkusTest
@TestProfile(ModelProfile.class)
class HostileJsonResourceTest {

    private static final String FIRST_ARTICLE = "{\"text\": \"Der Kreistag von Auenfeld tagte am Montag.\"}";

    @BeforeEach
    void resetModel() {
        FakeModelResource.model().reset();
    }

    @AfterEach
    void noModelCall() {
        org.assertj.core.api.Assertions.assertThat(FakeModelResource.model().callCount()).as("model calls").isZero();
    }

    private static ValidatableResponse post(String path, String contentType, String body) {
        // Pretty-printing the logged request (REST Assured records every request for its failure log) would indent
        // 100,000 levels and exhaust the heap.
        return given().config(RestAssured.config().logConfig(LogConfig.logConfig().enablePrettyPrinting(false)))
                .contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid_request"))
                .body("type", equalTo("urn:news-summarizer:problem:invalid_request"));
    }

    private static String story(String secondArticle) {
        return "{\"title\": \"Radweg\", \"articles\": [" + FIRST_ARTICLE + ", " + secondArticle + "]}";
    }

    @Test
    void should_answer_400_naming_the_depth_when_a_summary_body_is_nested_100000_arrays_deep() {
        // Without the mapped limit Jackson's constraint exception became a 500 internal_error.
        post("/summaries", "application/json", HostileJson.nestedArrays(100_000))
                .body("detail", startsWith("The JSON is nested more than 64 levels deep (line 1, column "));
    }

    @Test
    void should_answer_400_naming_the_number_when_a_summary_body_has_a_200000_digit_number() {
        // Without the mapped limit this was a 500 internal_error.
        post("/summaries", "application/json; charset=utf-8", HostileJson.longNumber(200_000))
                .body("detail", startsWith("The JSON has a number longer than 100 digits (at /id, line 1, column "));
    }

    @Test
    void should_answer_400_naming_the_key_when_a_summary_body_has_text_twice() {
        // Without duplicate detection one of the two texts was summarised and the caller never knew which.
        post("/summaries", "application/json", HostileJson.duplicateText())
                .body("detail", startsWith("The JSON has the key \"text\" twice (at /text, line 1, column "));
    }

    @Test
    void should_answer_400_for_hostile_json_recognised_without_a_content_type() {
        // Without it the same body sent by `curl --data-binary` (no JSON type, recognised from the body) could slip by.
        post("/summaries", "application/octet-stream", HostileJson.duplicateText())
                .body("detail", startsWith("The JSON has the key \"text\" twice"));
        post("/summaries", "application/octet-stream", HostileJson.nestedArrays(100_000))
                .body("detail", startsWith("The JSON is nested more than 64 levels deep"));
    }

    @Test
    void should_answer_400_naming_the_depth_when_a_story_article_is_nested_100000_arrays_deep() {
        // Without it the story endpoint answered 500 internal_error.
        post("/stories", "application/json", story(HostileJson.nestedArrays(100_000)))
                .body("detail", startsWith("The JSON is nested more than 64 levels deep (line 1, column "));
    }

    @Test
    void should_answer_400_naming_the_number_when_a_story_article_has_a_200000_digit_number() {
        // Without it the story endpoint answered 500 internal_error.
        post("/stories", "application/json", story(HostileJson.longNumber(200_000)))
                .body("detail", startsWith("The JSON has a number longer than 100 digits (at /articles/1/id, line 1,"));
    }

    @Test
    void should_answer_400_naming_article_and_key_when_a_story_article_has_text_twice() {
        // Without it the second source of the story was summarised from whichever text the parser kept.
        post("/stories", "application/json", story(HostileJson.duplicateText()))
                .body("detail", startsWith("The JSON has the key \"text\" twice (at /articles/1/text, line 1, "));
    }
}
