package news.summarizer.s3;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import news.summarizer.s3.support.Fixtures;
import news.summarizer.s3.support.InjectFakes;
import news.summarizer.s3.support.LocalS3AndModel;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The function end to end: events posted to the mock Lambda event server, articles in a real S3-compatible server,
 * the model behind an OpenAI-compatible fake that counts calls.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalS3AndModel.class, restrictToAnnotatedClass = true)
class S3EventHandlerTest {

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

    private static Response invoke(String eventFixture) {
        return given().contentType(ContentType.JSON)
                .body(Fixtures.resource(eventFixture).getBytes(StandardCharsets.UTF_8))
                .when().post();
    }

    @Test
    void should_write_summary_under_decoded_key_when_s3_put_event_has_url_encoded_key() {
        // Without it: keys arriving as "Neue+Oderbr%C3%BCcke..." would be read verbatim (NoSuchKey) or written
        // under a mangled output key, and the summary would lack the contract fields or its source.
        bucket.putArticle("incoming/2025/11/Neue Oderbrücke für Güterzüge.txt");

        invoke("events/s3-put.json").then().statusCode(200);

        JsonNode summary = bucket.json("summaries/2025/11/Neue Oderbrücke für Güterzüge.txt.json");
        assertThat(summary.path("id").asText()).startsWith("sha256:");
        assertThat(summary.path("language").asText()).isEqualTo("de");
        assertThat(summary.path("headline").asText()).contains("Oderbrücke");
        assertThat(summary.path("keyPoints")).hasSize(3);
        assertThat(summary.path("actors").findValuesAsText("name")).contains("Lena Hartwig");
        assertThat(summary.path("engine").path("model").asText()).isEqualTo("test-model");
        assertThat(summary.path("source").path("bucket").asText()).isEqualTo(Fixtures.BUCKET);
        assertThat(summary.path("source").path("key").asText()).isEqualTo("incoming/2025/11/Neue Oderbrücke für Güterzüge.txt");
        assertThat(summary.path("source").path("eTag").asText()).isEqualTo("efe50d44fda8a2ed367953c72d325588");
        assertThat(bucket.head("summaries/2025/11/Neue Oderbrücke für Güterzüge.txt.json").orElseThrow().contentType())
                .startsWith("application/json");
        assertThat(model.callCount()).isEqualTo(1);
    }

    @Test
    void should_summarise_and_report_no_item_failures_when_sqs_message_carries_s3_notification() {
        // Without it: an SQS-delivered notification (the body is a JSON string) would not be unwrapped, or the
        // answer would not be the partial batch response SQS expects.
        bucket.putArticle("incoming/2025/11/Brücke über die Oder (SQS).txt");

        Response response = invoke("events/sqs-s3-put.json");

        response.then().statusCode(200);
        assertThat(response.jsonPath().getList("batchItemFailures")).isEmpty();
        assertThat(bucket.exists("summaries/2025/11/Brücke über die Oder (SQS).txt.json")).isTrue();
    }

    @Test
    void should_summarise_key_as_given_when_eventbridge_object_created_key_is_not_encoded() {
        // Without it: EventBridge events would be rejected, or their plain keys form-decoded a second time.
        bucket.putArticle("incoming/2025/11/Oderbrücke Bericht (EventBridge).txt");

        invoke("events/eventbridge-object-created.json").then().statusCode(200);

        JsonNode summary = bucket.json("summaries/2025/11/Oderbrücke Bericht (EventBridge).txt.json");
        assertThat(summary.path("source").path("key").asText()).isEqualTo("incoming/2025/11/Oderbrücke Bericht (EventBridge).txt");
    }

    @Test
    void should_call_model_once_and_keep_output_when_same_event_is_delivered_twice() {
        // Without it: every redelivered or duplicate S3 event would pay for a second model call.
        bucket.putArticle("incoming/doppelt/Doppelte Meldung über Güterzüge.txt");

        invoke("events/s3-put-duplicate.json").then().statusCode(200);
        String first = bucket.json("summaries/doppelt/Doppelte Meldung über Güterzüge.txt.json").toString();
        invoke("events/s3-put-duplicate.json").then().statusCode(200);

        assertThat(model.callCount()).isEqualTo(1);
        assertThat(bucket.json("summaries/doppelt/Doppelte Meldung über Güterzüge.txt.json").toString()).isEqualTo(first);
    }

    @Test
    void should_reuse_summary_without_model_call_when_same_text_is_uploaded_again() {
        // Without it: re-uploading an unchanged article (new ETag, same text) would cost another model call.
        bucket.putArticle("incoming/kopie/Oderbrücke Kopie.txt");
        invoke("events/s3-put-same-text.json").then().statusCode(200);
        byte[] sameTextNewBytes = (new String(Fixtures.oderBridgeArticle(), StandardCharsets.UTF_8) + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        bucket.put("incoming/kopie/Oderbrücke Kopie.txt", sameTextNewBytes, "text/plain");

        invoke("events/s3-put-same-text-again.json").then().statusCode(200);

        assertThat(model.callCount()).isEqualTo(1);
        JsonNode summary = bucket.json("summaries/kopie/Oderbrücke Kopie.txt.json");
        assertThat(summary.path("source").path("eTag").asText())
                .isEqualTo(bucket.head("incoming/kopie/Oderbrücke Kopie.txt").orElseThrow().eTag().replace("\"", ""));
    }

    @Test
    void should_fail_only_the_unreadable_message_when_sqs_batch_of_ten_has_one_unreadable_object() {
        // Without it: one S3 read failure would fail (and redeliver) the whole batch, or be swallowed and lost.
        for (int i = 1; i <= 10; i++) {
            bucket.putArticle("incoming/stapel/Artikel %02d%s.txt".formatted(i, i == 7 ? " unlesbar" : ""));
        }

        Response response = invoke("events/sqs-batch-of-ten.json");

        response.then().statusCode(200);
        assertThat(response.jsonPath().getList("batchItemFailures.itemIdentifier"))
                .containsExactly("19590007-4f1c-4b7e-9a2d-6c5e3b1a0f07");
        for (int i = 1; i <= 10; i++) {
            boolean written = bucket.exists("summaries/stapel/Artikel %02d%s.txt.json".formatted(i, i == 7 ? " unlesbar" : ""));
            assertThat(written).as("summary %d", i).isEqualTo(i != 7);
        }
        assertThat(bucket.exists("failed/stapel/Artikel 07 unlesbar.txt.error.json")).isFalse();
        assertThat(model.callCount()).isEqualTo(9);
    }

    @Test
    void should_ignore_event_when_key_is_under_output_prefix() {
        // Without it: a bucket notification on the whole bucket would summarise summaries, forever.
        bucket.put("summaries/2025/11/Neue Oderbrücke für Güterzüge.txt.json", "{}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        invoke("events/s3-put-output-prefix.json").then().statusCode(200);

        assertThat(model.callCount()).isZero();
        assertThat(bucket.exists("summaries/2025/11/Neue Oderbrücke für Güterzüge.txt.json.json")).isFalse();
        assertThat(bucket.exists("failed/2025/11/Neue Oderbrücke für Güterzüge.txt.json.error.json")).isFalse();
    }

    @Test
    void should_write_error_record_without_download_or_model_call_when_object_is_too_large() {
        // Without it: huge uploads would be downloaded into the function's memory and sent to the model, or retried forever.
        bucket.put("incoming/fehler/Sehr langer Artikel.txt", "Kurzer Platzhalter.".getBytes(StandardCharsets.UTF_8), "text/plain");

        invoke("events/s3-put-too-large.json").then().statusCode(200);

        JsonNode error = bucket.json("failed/fehler/Sehr langer Artikel.txt.error.json");
        assertThat(error.path("code").asText()).isEqualTo("article_too_large");
        assertThat(error.path("type").asText()).isEqualTo("urn:news-summarizer:problem:article_too_large");
        assertThat(error.path("source").path("key").asText()).isEqualTo("incoming/fehler/Sehr langer Artikel.txt");
        assertThat(error.path("engine").path("model").asText()).isEqualTo("test-model");
        assertThat(error.path("time").asText()).isNotBlank();
        assertThat(bucket.exists("summaries/fehler/Sehr langer Artikel.txt.json")).isFalse();
        assertThat(model.callCount()).isZero();
    }

    /** The sample S3 put event, for another key (URL-encoded as S3 sends it). */
    private static Response invokeForKey(String key) {
        String encoded = java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        String event = Fixtures.resource("events/s3-put.json")
                .replace("incoming/2025/11/Neue+Oderbr%C3%BCcke+f%C3%BCr+G%C3%BCterz%C3%BCge.txt", encoded);
        return given().contentType(ContentType.JSON).body(event.getBytes(StandardCharsets.UTF_8)).when().post();
    }

    @Test
    void should_read_umlauts_right_when_a_stored_article_declares_a_windows_charset() {
        // Without it: an article exported by an older editorial system (charset=windows-1252) was rejected as not UTF-8.
        // windows-1252 has umlauts, ß and „“ but no Polish ł: the same text without it, in both encodings.
        String text = new String(Fixtures.oderBridgeArticle(), StandardCharsets.UTF_8).replace('ł', 'l');
        bucket.put("incoming/zeichensatz/utf8.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        bucket.put("incoming/zeichensatz/windows.txt", text.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "text/plain; charset=windows-1252");

        invokeForKey("incoming/zeichensatz/utf8.txt").then().statusCode(200);
        invokeForKey("incoming/zeichensatz/windows.txt").then().statusCode(200);

        JsonNode windows = bucket.json("summaries/zeichensatz/windows.txt.json");
        assertThat(windows.path("id").asText()).isEqualTo(bucket.json("summaries/zeichensatz/utf8.txt.json").path("id").asText());
        assertThat(windows.path("actors").findValuesAsText("name")).contains("Lena Hartwig");
    }

    @Test
    void should_recognise_a_web_page_when_the_key_has_no_extension_and_the_type_says_nothing() {
        // Without it: an object uploaded without a type (S3 stores binary/octet-stream) and without an extension was 415.
        String text = new String(Fixtures.oderBridgeArticle(), StandardCharsets.UTF_8);
        String html = "<!DOCTYPE html><html><head><title>Oderbrücke</title></head><body><nav>Menü</nav><article><p>"
                + text.substring(text.indexOf("Deutschland und Polen")).replace("\n\n", "</p><p>") + "</p></article></body></html>";
        bucket.put("incoming/seiten/oderbruecke", html.getBytes(StandardCharsets.UTF_8), "binary/octet-stream");

        invokeForKey("incoming/seiten/oderbruecke").then().statusCode(200);

        JsonNode summary = bucket.json("summaries/seiten/oderbruecke.json");
        assertThat(summary.path("article").path("title").asText()).isEqualTo("Oderbrücke");
        assertThat(bucket.exists("failed/seiten/oderbruecke.error.json")).isFalse();
    }

    @Test
    void should_write_error_record_without_model_call_when_object_is_binary() {
        // Without it: a scanned image named .txt would reach the model as garbage, costing a call.
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        bucket.put("incoming/fehler/Eingescanntes Foto.txt", binary, "application/octet-stream");

        invoke("events/s3-put-binary.json").then().statusCode(200);

        JsonNode error = bucket.json("failed/fehler/Eingescanntes Foto.txt.error.json");
        assertThat(error.path("code").asText()).isEqualTo("binary_content");
        assertThat(error.path("detail").asText()).isNotBlank();
        assertThat(model.callCount()).isZero();
    }

    @Test
    void should_write_source_not_found_error_when_object_no_longer_exists() {
        // Without it: an event for a deleted object would be retried forever instead of being recorded once.
        invoke("events/s3-put-missing.json").then().statusCode(200);

        assertThat(bucket.json("failed/fehler/Gelöschter Artikel.txt.error.json").path("code").asText())
                .isEqualTo("source_not_found");
        assertThat(model.callCount()).isZero();
    }

    @Test
    void should_fail_invocation_without_error_record_when_model_is_unavailable() {
        // Without it: a model outage would either drop articles (no retry) or mark them as permanently failed.
        model.answerAlways(Reply.status(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        bucket.putArticle("incoming/modell/Modell nicht erreichbar.txt");

        Response response = invoke("events/s3-put-model-down.json");

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(bucket.exists("failed/modell/Modell nicht erreichbar.txt.error.json")).isFalse();
        assertThat(bucket.exists("summaries/modell/Modell nicht erreichbar.txt.json")).isFalse();
        assertThat(model.callCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void should_do_nothing_when_s3_sends_its_test_event() {
        // Without it: the s3:TestEvent S3 sends when a notification is configured would fail the function.
        invoke("events/s3-test-event.json").then().statusCode(200);

        assertThat(model.callCount()).isZero();
    }

    @Test
    void should_not_call_model_again_when_event_for_a_rejected_model_answer_is_redelivered() {
        // Without it: an article the model keeps answering badly would pay for the full reprompt budget on every
        // duplicate or redelivered event.
        model.answerAlways(Reply.content("{\"headline\":\"Nur eine Überschrift\"}"));
        bucket.putArticle("incoming/ungültig/Antwort ohne Vertrag.txt");

        invoke("events/s3-put-invalid-answer.json").then().statusCode(200);
        int callsForFirstDelivery = model.callCount();
        invoke("events/s3-put-invalid-answer.json").then().statusCode(200);

        assertThat(bucket.json("failed/ungültig/Antwort ohne Vertrag.txt.error.json").path("code").asText())
                .isEqualTo("model_output_invalid");
        assertThat(callsForFirstDelivery).isPositive();
        assertThat(model.callCount()).isEqualTo(callsForFirstDelivery);
    }

    @Test
    void should_write_summary_and_remove_error_record_when_corrected_object_is_processed_again() {
        // Without it: the documented retry (fix the object, re-send its event) would leave a stale error record
        // behind, so the error prefix would no longer list exactly the failed articles.
        bucket.put("incoming/korrektur/Korrigierter Artikel.txt", new byte[] {0, 1, 2, 3, 0, 5}, "text/plain");
        invoke("events/s3-put-corrected.json").then().statusCode(200);
        assertThat(bucket.exists("failed/korrektur/Korrigierter Artikel.txt.error.json")).isTrue();

        bucket.putArticle("incoming/korrektur/Korrigierter Artikel.txt");
        invoke("events/s3-put-corrected.json").then().statusCode(200);

        assertThat(bucket.exists("summaries/korrektur/Korrigierter Artikel.txt.json")).isTrue();
        assertThat(bucket.exists("failed/korrektur/Korrigierter Artikel.txt.error.json")).isFalse();
        assertThat(model.callCount()).isEqualTo(1);
    }

    @Test
    void should_summarise_when_head_of_result_keys_is_forbidden() {
        // Without it: with a role lacking s3:ListBucket (S3 then answers 403, not 404, for a missing summary) every
        // new article would count as a storage failure and be retried into the dead-letter queue unsummarised.
        bucket.putArticle("incoming/ohne-list-recht/Artikel ohne Leserecht.txt");

        invoke("events/s3-put-head-forbidden.json").then().statusCode(200);

        assertThat(bucket.json("summaries/ohne-list-recht/Artikel ohne Leserecht.txt.json").path("source").path("key").asText())
                .isEqualTo("incoming/ohne-list-recht/Artikel ohne Leserecht.txt");
        assertThat(model.callCount()).isEqualTo(1);
    }
}
