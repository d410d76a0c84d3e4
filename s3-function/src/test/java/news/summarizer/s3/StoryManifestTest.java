package news.summarizer.s3;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.summarizer.s3.support.Fixtures;
import news.summarizer.s3.support.InjectFakes;
import news.summarizer.s3.support.LocalS3AndModel;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.StoryAnswers;
import news.summarizer.testing.StoryArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Story manifests end to end: the sample event from {@code events/}, articles and manifest in a real S3-compatible
 * server, the model behind the OpenAI-compatible fake that counts calls.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalS3AndModel.class, restrictToAnnotatedClass = true)
class StoryManifestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of("schliessung", "vertagt", "gespraech");

    @InjectFakes
    FakeOpenAiServer model;

    @InjectFakes
    S3Client s3;

    Fixtures bucket;

    @BeforeEach
    void resetModel() {
        bucket = new Fixtures(s3);
        model.reset();
    }

    /** Uploads the three reports under {@code incoming/<folder>/} and returns their keys in manifest order. */
    private List<String> putArticles(String folder) {
        List<String> keys = NAMES.stream().map(name -> "incoming/" + folder + "/talvenwerk-" + name + ".txt").toList();
        for (int i = 0; i < keys.size(); i++) {
            bucket.put(keys.get(i), StoryArticles.ALL.get(i).file().getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        }
        return keys;
    }

    private void putManifest(String key, String title, List<String> articles) {
        ObjectNode manifest = JSON.createObjectNode().put("title", title);
        articles.forEach(manifest.putArray("articles")::add);
        bucket.put(key, manifest.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** The sample event of {@code events/}, naming {@code key}. */
    private static void invoke(String key) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(Fixtures.resource("events/s3-put-story.json"));
            ((ObjectNode) event.path("Records").get(0).path("s3").path("object")).put("key", key);
            given().contentType(ContentType.JSON).body(event.toString()).when().post().then().statusCode(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answerEveryArticleThenFuse() {
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.CLOSURE)),
                Reply.content(StoryAnswers.answer(StoryAnswers.ADJOURNED)),
                Reply.content(StoryAnswers.answer(StoryAnswers.STATE_OFFER)),
                Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));
    }

    @Test
    void should_write_the_story_and_store_every_summary_on_the_way_when_the_sample_manifest_arrives() {
        // Without it the sample in events/ would not work, or articles summarised for a story would be summarised
        // again when their own upload event arrives.
        List<String> keys = putArticles("2025/10");
        bucket.put("incoming/2025/10/talvenwerk.story.json",
                Fixtures.resource("events/talvenwerk.story.json").getBytes(StandardCharsets.UTF_8), "application/json");
        answerEveryArticleThenFuse();

        invoke("incoming/2025/10/talvenwerk.story.json");

        JsonNode story = bucket.json("summaries/2025/10/talvenwerk.story.json.json");
        assertThat(model.callCount()).isEqualTo(4);
        assertThat(story.path("engine").path("modelCalls").asInt()).isEqualTo(4);
        assertThat(story.path("engine").path("summariesReused").asInt()).isZero();
        assertThat(story.path("title").asText()).isEqualTo("Talvenwerk: Zukunft des Werks in Brandenburg an der Havel");
        assertThat(story.path("articles").findValuesAsText("source")).containsExactlyElementsOf(keys);
        assertThat(story.path("actors").get(0).path("name").asText()).isEqualTo("Jonas Reuter");
        assertThat(story.path("differences")).hasSize(2);
        assertThat(story.path("manifest").path("key").asText()).isEqualTo("incoming/2025/10/talvenwerk.story.json");
        for (String key : keys) {
            String summaryKey = "summaries/" + key.substring("incoming/".length()) + ".json";
            assertThat(bucket.json(summaryKey).path("source").path("key").asText()).isEqualTo(key);
        }

        // The article's own upload event now finds its summary: no further model call.
        bucket.put(keys.get(0), StoryArticles.CLOSURE.file().getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        invoke(keys.get(0));
        assertThat(model.callCount()).isEqualTo(4);
    }

    @Test
    void should_cost_one_model_call_when_every_article_is_already_summarised() {
        // Without reuse a second story over the same reports would pay for every summary again.
        List<String> keys = putArticles("2025/11");
        putManifest("incoming/2025/11/erste.story.json", "Erste Fassung", keys);
        answerEveryArticleThenFuse();
        invoke("incoming/2025/11/erste.story.json");
        assertThat(model.callCount()).isEqualTo(4);

        model.reset();
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));
        putManifest("incoming/2025/11/zweite.story.json", "Zweite Fassung", keys);
        invoke("incoming/2025/11/zweite.story.json");

        JsonNode story = bucket.json("summaries/2025/11/zweite.story.json.json");
        assertThat(model.callCount()).isEqualTo(1);
        assertThat(story.path("engine").path("modelCalls").asInt()).isEqualTo(1);
        assertThat(story.path("engine").path("summariesReused").asInt()).isEqualTo(3);
        assertThat(story.path("articles")).hasSize(3);
        assertThat(story.path("articles").get(1).path("headline").asText()).isEqualTo("Entscheidung über das Talvenwerk-Werk vertagt");
        assertThat(story.path("title").asText()).isEqualTo("Zweite Fassung");
    }

    @Test
    void should_write_an_error_record_without_a_model_call_when_the_manifest_names_a_missing_object() {
        // Without it a typo in a manifest would be retried forever or fail silently.
        List<String> keys = putArticles("2025/12");
        putManifest("incoming/2025/12/luecke.story.json", null, List.of(keys.get(0), "incoming/2025/12/fehlt.txt"));

        invoke("incoming/2025/12/luecke.story.json");

        JsonNode error = bucket.json("failed/2025/12/luecke.story.json.error.json");
        assertThat(error.path("code").asText()).isEqualTo("source_not_found");
        assertThat(error.path("detail").asText()).contains("articles[1]").contains("incoming/2025/12/fehlt.txt");
        assertThat(error.path("source").path("key").asText()).isEqualTo("incoming/2025/12/luecke.story.json");
        assertThat(bucket.exists("summaries/2025/12/luecke.story.json.json")).isFalse();
        assertThat(model.callCount()).isZero();
    }

    @Test
    void should_write_an_error_record_when_the_manifest_names_a_key_outside_the_input_prefix() {
        // Without it a manifest could make the function read (and summarise into summaries/) any object of the bucket.
        List<String> keys = putArticles("2026/01");
        bucket.put("privat/notiz.txt", StoryArticles.CLOSURE.file().getBytes(StandardCharsets.UTF_8), "text/plain");
        putManifest("incoming/2026/01/fremd.story.json", null, List.of(keys.get(1), "privat/notiz.txt"));

        invoke("incoming/2026/01/fremd.story.json");

        JsonNode error = bucket.json("failed/2026/01/fremd.story.json.error.json");
        assertThat(error.path("code").asText()).isEqualTo("invalid_request");
        assertThat(error.path("detail").asText()).contains("privat/notiz.txt").contains("outside the input prefix");
        assertThat(model.callCount()).isZero();
    }
}
