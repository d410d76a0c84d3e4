package news.summarizer.s3.backfill;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import news.summarizer.s3.support.Fixtures;
import news.summarizer.s3.support.InjectFakes;
import news.summarizer.s3.support.LocalS3AndModel;
import news.summarizer.s3.support.MapBatches;
import news.summarizer.testing.MetricLines;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A backfill batch as the Step Functions Distributed Map hands it to the function (items from a real listing of the
 * prefix in S3Proxy, the bucket in BatchInput), through the mock event server, with the model fake counting calls.
 * The model answers 1,200 input and 300 output tokens per call; prices 0.15 and 0.60 USD per million tokens.
 */
@QuarkusTest
@TestProfile(BackfillPricingProfile.class)
@QuarkusTestResource(value = LocalS3AndModel.class, restrictToAnnotatedClass = true)
class BackfillBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void should_summarise_new_skip_done_and_record_bad_articles_when_a_batch_lists_a_prefix() throws Exception {
        // Without it: the map's batch input would be refused as an unknown event, an article summarised before would
        // cost another model call, a bad object would stop the batch or go unrecorded, and the run's report would
        // have no figures to add up.
        bucket.putArticle("incoming/archiv-2019/01-oderbruecke.txt");
        JsonNode first = report(invoke(MapBatches.ofPrefix(s3, Fixtures.BUCKET, "incoming/archiv-2019/")));
        assertThat(first.path("summarized").asInt()).isEqualTo(1);
        assertThat(model.callCount()).isEqualTo(1);

        bucket.put("incoming/archiv-2019/", new byte[0], "application/x-directory");
        bucket.put("incoming/archiv-2019/02-oderbruecke-nachtrag.txt", (new String(Fixtures.oderBridgeArticle(),
                StandardCharsets.UTF_8) + "\n\nDer Bau der Brücke soll im kommenden Frühjahr beginnen.")
                .getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        bucket.put("incoming/archiv-2019/03-eingescannt.txt", binary(), "application/octet-stream");
        String batch = MapBatches.ofPrefix(s3, Fixtures.BUCKET, "incoming/archiv-2019/");
        AtomicReference<Response> second = new AtomicReference<>();

        List<String> metricLines = MetricLines.during(() -> second.set(invoke(batch)));

        JsonNode report = report(second.get());
        assertThat(report.path("articles").asInt()).isEqualTo(3);
        assertThat(report.path("summarized").asInt()).isEqualTo(1);
        assertThat(report.path("skipped").asInt()).isEqualTo(1);
        assertThat(report.path("ignored").asInt()).isEqualTo(1);
        assertThat(report.path("failed").toString()).isEqualTo("{\"binary_content\":1}");
        assertThat(report.path("modelCalls").asLong()).isEqualTo(1);
        assertThat(report.path("inputTokens").asLong()).isEqualTo(1200);
        assertThat(report.path("outputTokens").asLong()).isEqualTo(300);
        assertThat(report.path("estimatedCostUsd").asDouble()).isEqualTo(0.00036);
        assertThat(model.callCount()).isEqualTo(2);
        assertThat(bucket.json("summaries/archiv-2019/02-oderbruecke-nachtrag.txt.json").path("source").path("key").asText())
                .isEqualTo("incoming/archiv-2019/02-oderbruecke-nachtrag.txt");
        assertThat(bucket.json("failed/archiv-2019/03-eingescannt.txt.error.json").path("code").asText())
                .isEqualTo("binary_content");
        assertThat(bucket.exists("summaries/archiv-2019/.json")).isFalse();

        // one metric line for the invocation, with the batch's numbers
        assertThat(metricLines).hasSize(1);
        JsonNode line = JSON.readTree(metricLines.get(0));
        assertThat(line.path("Provider").asText()).isEqualTo("openai");
        assertThat(line.path("Model").asText()).isEqualTo("test-model");
        assertThat(line.path("Function").asText()).isEqualTo("s3");
        assertThat(line.path("Articles").asInt()).isEqualTo(3);
        assertThat(line.path("Summarized").asInt()).isEqualTo(1);
        assertThat(line.path("Skipped").asInt()).isEqualTo(1);
        assertThat(line.path("Failed").asInt()).isEqualTo(1);
        assertThat(line.path("Failed.binary_content").asInt()).isEqualTo(1);
        assertThat(line.path("ModelCalls").asInt()).isEqualTo(1);
        assertThat(line.path("InputTokens").asInt()).isEqualTo(1200);
        assertThat(line.path("OutputTokens").asInt()).isEqualTo(300);
        assertThat(line.path("ReasoningTokens").asInt()).isZero();
        assertThat(line.path("EstimatedCostUsd").asDouble()).isEqualTo(0.00036);
        assertThat(line.path("Latency").isIntegralNumber()).isTrue();
        assertThat(line.path("_aws").path("CloudWatchMetrics").path(0).path("Dimensions").toString())
                .isEqualTo("[[\"Provider\",\"Model\"]]");
    }

    @Test
    void should_fail_the_batch_for_a_retry_and_count_the_code_when_the_model_is_down() {
        // Without it: a rate-limited or unavailable model would leave articles unsummarised without an error record
        // and the batch would still succeed, so the state machine's retry would never run them again.
        model.answerAlways(Reply.status(503, "{\"error\": {\"message\": \"overloaded\"}}"));
        bucket.putArticle("incoming/archiv-2020/modell-weg.txt");
        String batch = MapBatches.ofPrefix(s3, Fixtures.BUCKET, "incoming/archiv-2020/");
        AtomicReference<Response> response = new AtomicReference<>();

        List<String> metricLines = MetricLines.during(() -> response.set(invoke(batch)));

        assertThat(response.get().statusCode()).isNotEqualTo(200);
        assertThat(bucket.exists("failed/archiv-2020/modell-weg.txt.error.json")).isFalse();
        assertThat(metricLines).hasSize(1);
        assertThat(metricLines.get(0)).contains("\"Failed\":1,").contains("\"Failed.model_unavailable\":1");
    }

    @Test
    void should_refuse_a_batch_without_its_bucket() {
        // Without it: a map whose BatchInput lost the bucket would read from nowhere and report an empty success.
        invoke("{\"BatchInput\": {}, \"Items\": [{\"Key\": \"incoming/a.txt\", \"Size\": 10}]}")
                .then().statusCode(500);
        assertThat(model.callCount()).isZero();
    }

    private static Response invoke(String event) {
        return given().contentType(ContentType.JSON).body(event.getBytes(StandardCharsets.UTF_8)).when().post();
    }

    private static JsonNode report(Response response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.asString());
    }

    private static byte[] binary() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        return binary;
    }
}
