package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.StoryAnswers;
import news.summarizer.testing.StoryArticles;
import org.junit.jupiter.api.Test;

/**
 * Story jobs where no bucket is configured (dev mode, a server that keeps running): after the 202 the job goes on in
 * this process, and GET at its Location answers 202 until the story is there.
 */
@QuarkusTest
@TestProfile(StoryJobInProcessTest.InProcess.class)
class StoryJobInProcessTest {

    public static class InProcess implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SlowModelInProcess.class));
        }
    }

    @Test
    void should_answer_202_and_finish_the_story_in_process_for_a_later_get() throws InterruptedException {
        // Without it dev mode would hold the request until the story is done (or the client gives up), or drop the
        // work after the 202 so that GET never answers the story.
        FakeOpenAiServer model = SlowModelAndBucket.model();
        model.reset();
        model.answerWith(StoryAnswers.slowModel(SlowModelAndBucket.CALL));
        String body = StoryArticles.request("Talvenwerk im Prozess", StoryArticles.ALL).toString();

        String location = given().contentType("application/json").body(body)
                .when().post("/stories")
                .then().statusCode(202).body("status", equalTo("running"))
                .extract().header("Location");
        given().contentType("application/json").body(body).when().post("/stories")
                .then().header("Location", equalTo(location));

        Response answer = given().when().get(location);
        int polls = 1;
        // Polls as a client would (Retry-After is 1 s here); the story needs three more calls of the slow model at most.
        while (answer.statusCode() == 202 && polls < 30) {
            Thread.sleep(1000);
            answer = given().when().get(location);
            polls++;
        }

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getInt("engine.modelCalls")).isEqualTo(4);
        Map<Integer, Long> callsPerArticle = model.requests().stream()
                .collect(Collectors.groupingBy(StoryAnswers::articleOf, Collectors.counting()));
        assertThat(callsPerArticle).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1L, 1, 1L, 2, 1L, -1, 1L));
        System.out.printf("story job in process: 202, then %d GET(s) until 200; model calls %s%n", polls, callsPerArticle);
    }
}
