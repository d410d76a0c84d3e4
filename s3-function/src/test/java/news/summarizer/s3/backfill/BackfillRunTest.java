package news.summarizer.s3.backfill;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.summarizer.s3.support.Fixtures;
import news.summarizer.s3.support.InjectFakes;
import news.summarizer.s3.support.LocalS3AndModel;
import news.summarizer.s3.support.MapBatches;
import news.summarizer.s3.support.MapRunResults;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A whole backfill run of a fictional archive ("Lindenauer Bote", seven objects) as the state machine drives it:
 * batches of three from a real listing, each through the function; their answers stored the way the map's result
 * writer stores them; then the report step. The same run again costs no model call. docs/backfill.md shows this run.
 */
@QuarkusTest
@TestProfile(BackfillPricingProfile.class)
@QuarkusTestResource(value = LocalS3AndModel.class, restrictToAnnotatedClass = true)
class BackfillRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARCHIVE = "incoming/lindenauer-bote/";
    private static final String REPORTS = "reports/backfill/";

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
    void should_report_the_whole_run_and_cost_nothing_the_second_time_when_an_archive_is_backfilled() throws Exception {
        // Without it: the batches' figures would never be added up into one report (or the report would miss the
        // failures by code, the tokens or the cost), and a second run over the same archive would pay again.
        String article = new String(Fixtures.oderBridgeArticle(), StandardCharsets.UTF_8);
        bucket.put(ARCHIVE, new byte[0], "application/x-directory");
        bucket.put(ARCHIVE + "2019-03-04-oderbruecke.txt", bytes(article), "text/plain; charset=utf-8");
        bucket.put(ARCHIVE + "2019-03-05-oderbruecke-nachtrag.txt",
                bytes(article + "\n\nDer Bau der Brücke soll im kommenden Frühjahr beginnen."), "text/plain; charset=utf-8");
        bucket.put(ARCHIVE + "2019-03-06-oderbruecke-kopie.txt", bytes(article), "text/plain; charset=utf-8");
        bucket.put(ARCHIVE + "2019-03-07-leer.txt", bytes(" \n\n "), "text/plain; charset=utf-8");
        bucket.put(ARCHIVE + "2019-03-08-scan.txt", binary(), "application/octet-stream");
        bucket.put(ARCHIVE + "2019-03-09-oderbruecke.md", bytes("---\ntitle: Neue Oderbrücke\n---\n\n" + article),
                "text/markdown; charset=utf-8");

        JsonNode first = backfill("run-1");

        assertThat(withoutLatency(first)).isEqualTo("{\"batches\":3,\"failedBatches\":0,\"failedBatchErrors\":{},"
                + "\"totals\":{\"articles\":6,\"summarized\":4,\"skipped\":0,\"ignored\":1,"
                + "\"failed\":{\"binary_content\":1,\"empty_article\":1},\"modelCalls\":4,\"inputTokens\":4800,"
                + "\"outputTokens\":1200,\"reasoningTokens\":0,\"estimatedCostUsd\":0.00144}}");
        // the copy under another key is summarised again: results are kept per key, so idempotency is per key too
        assertThat(model.callCount()).isEqualTo(4);
        assertThat(bucket.json(REPORTS + "run-1/report.json")).isEqualTo(first);
        assertThat(bucket.exists("summaries/lindenauer-bote/2019-03-09-oderbruecke.md.json")).isTrue();
        assertThat(bucket.json("failed/lindenauer-bote/2019-03-07-leer.txt.error.json").path("code").asText())
                .isEqualTo("empty_article");

        JsonNode second = backfill("run-2");

        assertThat(second.path("totals").path("skipped").asInt()).isEqualTo(6);
        assertThat(second.path("totals").path("modelCalls").asInt()).isZero();
        assertThat(second.path("totals").path("failed").isEmpty()).isTrue();
        assertThat(model.callCount()).isEqualTo(4);
    }

    @Test
    void should_count_a_batch_that_failed_after_its_retries_by_its_error() throws Exception {
        // Without it: a batch the map gave up on (model down for good) would vanish from the report, which would
        // then claim a complete run.
        model.answerAlways(Reply.status(503, "{\"error\": {\"message\": \"overloaded\"}}"));
        bucket.putArticle("incoming/modell-weg/artikel.txt");
        MapRunResults results = new MapRunResults();
        for (String batch : MapBatches.ofPrefix(s3, Fixtures.BUCKET, "incoming/modell-weg/", 3)) {
            Response response = invoke(batch);
            assertThat(response.statusCode()).isNotEqualTo(200);
            results.failed(batch, errorType(response), response.asString());
        }
        String manifest = results.write(bucket, REPORTS, "run-down");

        JsonNode report = report(manifest);

        assertThat(report.path("batches").asInt()).isEqualTo(1);
        assertThat(report.path("failedBatches").asInt()).isEqualTo(1);
        assertThat(report.path("failedBatchErrors").size()).isEqualTo(1);
        assertThat(report.path("totals").path("articles").asInt()).isZero();
    }

    /** The state machine's run: the map's batches through the function, the result writer's files, the report step. */
    private JsonNode backfill(String runId) throws Exception {
        MapRunResults results = new MapRunResults();
        List<String> batches = MapBatches.ofPrefix(s3, Fixtures.BUCKET, ARCHIVE, 3);
        for (String batch : batches) {
            Response response = invoke(batch);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            results.succeeded(batch, response.asString());
        }
        return report(results.write(bucket, REPORTS, runId));
    }

    private JsonNode report(String manifestKey) throws Exception {
        Response response = invoke("{\"BackfillReport\": {\"Bucket\": \"" + Fixtures.BUCKET + "\", \"Key\": \""
                + manifestKey + "\"}}");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return JSON.readTree(response.asString());
    }

    private static String errorType(Response response) {
        try {
            return JSON.readTree(response.asString()).path("errorType").asText("Lambda.Unknown");
        } catch (Exception e) {
            return "Lambda.Unknown";
        }
    }

    private static String withoutLatency(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        ((ObjectNode) copy.path("totals")).remove("latencyMs");
        return copy.toString();
    }

    private static Response invoke(String event) {
        return given().contentType(ContentType.JSON).body(event.getBytes(StandardCharsets.UTF_8)).when().post();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        return binary;
    }
}
