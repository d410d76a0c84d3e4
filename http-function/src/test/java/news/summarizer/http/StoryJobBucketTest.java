package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.summarizer.core.story.job.StoryJobs;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.StoryAnswers;
import news.summarizer.testing.StoryArticles;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Story jobs as deployed: the job bucket on a real S3-compatible server, a model that takes seconds per call, a wait
 * too short for the story. POST answers 202 with what it made stored; the rest is finished by the S3 function's path
 * ({@link StoryJobs#finish}, which the S3 function runs on the job's {@code job.json}; the event itself is tested in the
 * s3-function's StoryJobEventTest); GET then answers the story. No article is summarised twice.
 */
@QuarkusTest
@TestProfile(StoryJobBucketTest.Bucket.class)
class StoryJobBucketTest {

    public static class Bucket implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SlowModelAndBucket.class));
        }
    }

    @Inject
    StoryJobs jobs;

    @Test
    void should_answer_202_then_finish_in_the_s3_function_path_with_every_article_summarised_once() {
        // Without the job API a slow model makes a story outlast the gateway's 30 s (a 504 and calls paid for nothing);
        // without the hand-off of stored summaries the S3 function would summarise the first articles again.
        FakeOpenAiServer model = SlowModelAndBucket.model();
        model.reset();
        model.answerWith(StoryAnswers.slowModel(SlowModelAndBucket.CALL));
        String body = StoryArticles.request("Talvenwerk im Takt", StoryArticles.ALL).toString();
        // Opens the job store (the S3 client's first use takes seconds on a busy machine) before the wait starts.
        given().when().get("/stories/00000000000000000000000000000000").then().statusCode(404);

        long started = System.nanoTime();
        String location = given().contentType("application/json").body(body)
                .when().post("/stories")
                .then().statusCode(202)
                .header("Location", matchesPattern("/stories/[0-9a-f]{32}"))
                .header("Retry-After", "1")
                .body("status", equalTo("running"))
                .extract().header("Location");
        long acceptedMs = (System.nanoTime() - started) / 1_000_000;
        String jobId = location.substring("/stories/".length());

        // Two articles at once finished within the wait; the third was not started, since it could not finish in it.
        assertThat(model.callCount()).isEqualTo(2);
        assertThat(objectsOf(jobId)).containsExactlyInAnyOrder("request.json", "job.json", "summaries/2", "summaries/2");

        given().contentType("application/json").body(body).when().post("/stories")
                .then().statusCode(202).header("Location", equalTo(location));
        given().when().get(location).then().statusCode(202).header("Retry-After", "1").body("id", equalTo(jobId));
        assertThat(model.callCount()).isEqualTo(2);

        long handedOff = System.nanoTime();
        jobs.finish(jobId); // what the S3 function does on stories/<id>/job.json
        long finishedMs = (System.nanoTime() - handedOff) / 1_000_000;

        JsonPath story = given().when().get(location).then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        assertThat(story.getList("articles.source")).containsExactly("Märkische Rundschau", "Havelkurier", "npa");
        assertThat(story.getString("headline")).startsWith("Talvenwerk-Werk in Brandenburg an der Havel");
        assertThat(story.getInt("engine.modelCalls")).isEqualTo(4);
        Map<Integer, Long> callsPerArticle = model.requests().stream()
                .collect(Collectors.groupingBy(StoryAnswers::articleOf, Collectors.counting()));
        assertThat(callsPerArticle).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1L, 1, 1L, 2, 1L, -1, 1L));

        given().contentType("application/json").body(body).when().post("/stories")
                .then().statusCode(200).header("Content-Location", equalTo(location));
        assertThat(model.callCount()).isEqualTo(4);
        System.out.printf("story job figures: POST 202 after %d ms (wait %s, %s per call), S3 path finished in %d ms, "
                + "model calls %s%n", acceptedMs, SlowModelAndBucket.WAIT, SlowModelAndBucket.CALL, finishedMs, callsPerArticle);
    }

    @Test
    void should_answer_the_jobs_problem_on_get_and_start_it_again_when_a_transient_failure_is_posted_again() {
        // Without it GET of a failed job would answer 202 forever (or a 500), and a provider outage would leave the
        // story failed for good; without the attempt in the metadata the old failure would hide the restarted job.
        FakeOpenAiServer model = SlowModelAndBucket.model();
        model.reset();
        model.answerAlways(FakeOpenAiServer.Reply.status(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        String body = StoryArticles.request("Talvenwerk im Ausfall", StoryArticles.ALL).toString();

        given().contentType("application/json").body(body).when().post("/stories")
                .then().statusCode(503).contentType("application/problem+json").body("code", equalTo("model_unavailable"));
        String jobId = objectsUnder("stories/").stream().filter(key -> key.endsWith("/failed.json"))
                .map(key -> key.substring("stories/".length(), key.length() - "/failed.json".length()))
                .findFirst().orElseThrow();
        given().when().get("/stories/" + jobId)
                .then().statusCode(503).contentType("application/problem+json").body("code", equalTo("model_unavailable"));

        model.reset();
        model.answerWith(StoryAnswers.slowModel(SlowModelAndBucket.CALL));
        given().contentType("application/json").body(body).when().post("/stories")
                .then().statusCode(202).header("Location", equalTo("/stories/" + jobId));
        given().when().get("/stories/" + jobId).then().statusCode(202);
    }

    @Test
    void should_answer_404_problem_for_a_job_nobody_posted() {
        // Without it an unknown or malformed id would be a 500, or reach the bucket as a key of the caller's choosing.
        given().when().get("/stories/0123456789abcdef0123456789abcdef")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("story_job_not_found"));
        given().when().get("/stories/..%2Frequest.json")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static List<String> objectsUnder(String prefix) {
        return SlowModelAndBucket.bucket().listObjectsV2(b -> b.bucket(SlowModelAndBucket.BUCKET).prefix(prefix))
                .contents().stream().map(S3Object::key).toList();
    }

    /** The job's objects in the bucket, relative to its folder; each summary as {@code summaries/<count>}. */
    private static List<String> objectsOf(String jobId) {
        String folder = "stories/" + jobId + "/";
        List<String> names = SlowModelAndBucket.bucket().listObjectsV2(b -> b.bucket(SlowModelAndBucket.BUCKET).prefix(folder))
                .contents().stream().map(S3Object::key).map(key -> key.substring(folder.length())).toList();
        long summaries = names.stream().filter(name -> name.startsWith("summaries/")).count();
        return names.stream().map(name -> name.startsWith("summaries/") ? "summaries/" + summaries : name).toList();
    }

}
