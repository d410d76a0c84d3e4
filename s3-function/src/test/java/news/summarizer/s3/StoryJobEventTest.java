package news.summarizer.s3;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.story.job.JobAnswer;
import news.summarizer.core.story.job.StoryJobs;
import news.summarizer.s3.support.Fixtures;
import news.summarizer.s3.support.InjectFakes;
import news.summarizer.s3.support.LocalS3AndModel;
import news.summarizer.s3.support.LocalS3AndSlowModel;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.MetricLines;
import news.summarizer.testing.StoryAnswers;
import news.summarizer.testing.StoryArticles;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A story job handed off to the S3 function: {@link StoryJobs#submit} (what POST /stories runs in the HTTP function)
 * stores the job and the summaries it made within the wait and writes {@code stories/<id>/job.json}; that object's
 * event, the sample S3 event of {@code events/} naming it, reaches this function, which finishes the story.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalS3AndSlowModel.class, restrictToAnnotatedClass = true)
class StoryJobEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectFakes
    FakeOpenAiServer model;

    @InjectFakes
    S3Client s3;

    @Inject
    StoryJobs jobs;

    @Test
    void should_finish_a_handed_off_job_reusing_its_stored_summaries_when_its_job_object_arrives() throws IOException {
        // Without the event path a job handed off by the frozen HTTP function would stay at 202 forever; without the
        // stored summaries the S3 function would pay for the first articles again.
        model.reset();
        model.answerWith(StoryAnswers.slowModel(LocalS3AndSlowModel.CALL));
        byte[] body = StoryArticles.request("Talvenwerk im S3-Pfad", StoryArticles.ALL).toString()
                .getBytes(StandardCharsets.UTF_8);
        // Opens the job store (the S3 client's first use is slow on a busy machine) before the wait starts.
        assertThatThrownBy(() -> jobs.status("a".repeat(32))).isInstanceOf(SummarizerException.class);

        JobAnswer accepted = jobs.submit("application/json", body, null);

        assertThat(accepted.done()).isFalse();
        assertThat(model.callCount()).isEqualTo(2);
        String trigger = "stories/" + accepted.jobId() + "/job.json";
        assertThat(s3.headObject(b -> b.bucket(LocalS3AndModel.BUCKET).key(trigger)).contentLength()).isPositive();

        // Without the tally carried to the story pool's threads and the fusion's usage recorded, the function's metric
        // line would show none of the two calls it made (the third article and the fusion).
        List<String> lines = MetricLines.during(() -> invokeUnchecked(trigger));
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.path("Function").asText()).isEqualTo("s3");
        assertThat(line.path("Summarized").asInt()).isEqualTo(1);
        assertThat(line.path("ModelCalls").asInt()).isEqualTo(2);
        assertThat(line.path("InputTokens").asLong()).isPositive();

        JobAnswer finished = jobs.status(accepted.jobId());
        assertThat(finished.done()).isTrue();
        JsonNode story = JSON.readTree(finished.story());
        assertThat(story.path("engine").path("modelCalls").asInt()).isEqualTo(4);
        assertThat(story.path("articles")).hasSize(3);
        Map<Integer, Long> callsPerArticle = model.requests().stream()
                .collect(Collectors.groupingBy(StoryAnswers::articleOf, Collectors.counting()));
        assertThat(callsPerArticle).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1L, 1, 1L, 2, 1L, -1, 1L));

        invoke(trigger); // a redelivered event finds the story done
        assertThat(model.callCount()).isEqualTo(4);
    }

    @Test
    void should_leave_an_object_named_like_a_job_outside_the_job_prefix_alone() throws IOException {
        // Without the prefix check any upload ending in /job.json would be read as a job.
        model.reset();
        invoke("incoming/" + "b".repeat(32) + "/job.json");
        assertThat(model.callCount()).isZero();
    }

    private static void invokeUnchecked(String key) {
        try {
            invoke(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample S3 event of {@code events/}, naming {@code key}. */
    private static void invoke(String key) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(Fixtures.resource("events/s3-put-story.json"));
        ((ObjectNode) event.path("Records").get(0).path("s3").path("object")).put("key", key);
        given().contentType(ContentType.JSON).body(event.toString()).when().post().then().statusCode(200);
    }
}
