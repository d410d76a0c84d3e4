package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.MetricLines;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP function's metric lines: one Embedded Metric Format line per request, with that request's numbers. */
@QuarkusTest
@TestProfile(ModelProfile.class)
class SummaryMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = TestArticles.text(TestArticles.ODER_BRIDGE);

    private FakeOpenAiServer model;

    @BeforeEach
    void resetModel() {
        model = FakeModelResource.model();
        model.reset();
    }

    @Test
    void should_write_one_metric_line_per_request_with_its_calls_tokens_and_outcome() throws Exception {
        // Without it: requests would leave no CloudWatch metrics, or a line would carry another request's numbers
        // (a tally left over from the last request), or a refused article would not count as a failure by its code.
        model.enqueue(Reply.content(ModelAnswers.oderBridge().toString()));
        model.enqueue(Reply.reasoning(ModelAnswers.oderBridge().toString(), "stop", 900, 500, 200));

        List<String> lines = MetricLines.during(() -> {
            given().contentType("text/plain; charset=UTF-8").body(ARTICLE).when().post("/summaries").then().statusCode(200);
            given().contentType("text/plain; charset=UTF-8").body(ARTICLE + "\n\nEin Satz mehr.").when().post("/summaries")
                    .then().statusCode(200);
            given().contentType("text/plain; charset=UTF-8").body("   ").when().post("/summaries").then().statusCode(400);
        });

        assertThat(lines).hasSize(3);
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines) {
            parsed.add(JSON.readTree(line));
        }
        JsonNode first = parsed.get(0);
        assertThat(first.path("Function").asText()).isEqualTo("http");
        assertThat(first.path("Provider").asText()).isEqualTo("openai");
        assertThat(first.path("Model").asText()).isEqualTo("test-model");
        assertThat(first.path("Articles").asInt()).isEqualTo(1);
        assertThat(first.path("Summarized").asInt()).isEqualTo(1);
        assertThat(first.path("ModelCalls").asInt()).isEqualTo(1);
        assertThat(first.path("InputTokens").asInt()).isEqualTo(1200);
        assertThat(first.path("OutputTokens").asInt()).isEqualTo(300);
        assertThat(first.path("Failed").asInt()).isZero();
        JsonNode second = parsed.get(1);
        assertThat(second.path("InputTokens").asInt()).isEqualTo(900);
        assertThat(second.path("OutputTokens").asInt()).isEqualTo(500);
        assertThat(second.path("ReasoningTokens").asInt()).isEqualTo(200);
        JsonNode refused = parsed.get(2);
        assertThat(refused.path("Articles").asInt()).isEqualTo(1);
        assertThat(refused.path("Summarized").asInt()).isZero();
        assertThat(refused.path("ModelCalls").asInt()).isZero();
        assertThat(refused.path("Failed").asInt()).isEqualTo(1);
        assertThat(refused.path("Failed.empty_article").asInt()).isEqualTo(1);
        assertThat(refused.path("_aws").path("CloudWatchMetrics").path(0).path("Metrics").toString())
                .contains("{\"Name\":\"Failed.empty_article\",\"Unit\":\"Count\"}");
        assertThat(model.callCount()).isEqualTo(2);
    }
}
