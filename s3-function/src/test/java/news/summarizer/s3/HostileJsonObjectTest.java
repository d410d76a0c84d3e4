package news.summarizer.s3;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.summarizer.s3.support.Fixtures;
import news.summarizer.s3.support.InjectFakes;
import news.summarizer.s3.support.LocalS3AndModel;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.HostileJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * JSON objects a careless or hostile uploader stores are permanent failures: an error record with
 * {@code invalid_request} naming the problem, no summary, no model call and no retry (a failed invocation would send
 * the same object through Lambda's retries into the dead-letter queue, and a duplicate key would be summarised from
 * whichever text the parser kept).
 */
@QuarkusTest
@QuarkusTestResource(value = LocalS3AndModel.class, restrictToAnnotatedClass = true)
class HostileJsonObjectTest {

    @InjectFakes
    FakeOpenAiServer model;

    @InjectFakes
    S3Client s3;

    Fixtures bucket;

    @BeforeEach
    void resetModel() {
        bucket = new Fixtures(s3);
        model.reset();
        model.answerAlways(Reply.content(Fixtures.oderBridgeAnswer()));
    }

    /** Stores the body under {@code incoming/feindlich/<name>}, posts its S3 put event, returns the error record. */
    private JsonNode errorRecordFor(String name, String body) {
        String key = "incoming/feindlich/" + name;
        bucket.put(key, body.getBytes(StandardCharsets.UTF_8), "application/json");
        String event = Fixtures.resource("events/s3-put.json").replace(
                "incoming/2025/11/Neue+Oderbr%C3%BCcke+f%C3%BCr+G%C3%BCterz%C3%BCge.txt",
                URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));

        given().contentType(ContentType.JSON).body(event.getBytes(StandardCharsets.UTF_8)).when().post()
                .then().statusCode(200);

        assertThat(bucket.exists("summaries/feindlich/" + name + ".json")).as("summary of " + name).isFalse();
        assertThat(model.callCount()).as("model calls").isZero();
        JsonNode error = bucket.json("failed/feindlich/" + name + ".error.json");
        assertThat(error.path("code").asText()).isEqualTo("invalid_request");
        assertThat(error.path("type").asText()).isEqualTo("urn:news-summarizer:problem:invalid_request");
        assertThat(error.path("source").path("key").asText()).isEqualTo(key);
        return error;
    }

    @Test
    void should_write_invalid_request_record_naming_the_depth_when_an_article_is_nested_100000_arrays_deep() {
        // Without the mapped limit the object failed as an internal error, retried until the dead-letter queue.
        JsonNode error = errorRecordFor("tief.json", HostileJson.nestedArrays(100_000));

        assertThat(error.path("detail").asText())
                .startsWith("The JSON is nested more than 64 levels deep (line 1, column ");
    }

    @Test
    void should_write_invalid_request_record_naming_the_number_when_an_article_has_a_200000_digit_number() {
        // Without the mapped limit the object failed as an internal error, retried until the dead-letter queue.
        JsonNode error = errorRecordFor("zahl.json", HostileJson.longNumber(200_000));

        assertThat(error.path("detail").asText())
                .startsWith("The JSON has a number longer than 100 digits (at /id, line 1, ");
    }

    @Test
    void should_write_invalid_request_record_naming_the_key_when_an_article_has_text_twice() {
        // Without duplicate detection one of the two texts was summarised and stored as if nothing were wrong.
        JsonNode error = errorRecordFor("doppelt.json", HostileJson.duplicateText());

        assertThat(error.path("detail").asText()).startsWith("The JSON has the key \"text\" twice (at /text, line 1, ");
    }

    @Test
    void should_write_invalid_request_record_when_a_story_manifest_names_its_articles_twice() {
        // Without it the manifest's second list silently replaced the first and a different story was told.
        JsonNode error = errorRecordFor("zwei-listen.story.json",
                "{\"articles\": [\"incoming/feindlich/a.txt\", \"incoming/feindlich/b.txt\"], \"articles\": []}");

        assertThat(error.path("detail").asText())
                .startsWith("The JSON has the key \"articles\" twice (at /articles, line 1, ");
    }
}
