package news.summarizer.s3.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.s3.support.Fixtures;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fixture(String path) throws Exception {
        return JSON.readTree(Fixtures.resource(path));
    }

    @Test
    void should_decode_plus_and_percent_escapes_when_s3_notification_key_is_url_encoded() throws Exception {
        // Without it: "Neue+Oderbr%C3%BCcke..." would be looked up verbatim and never found.
        List<ObjectCreated> objects = EventReader.read(fixture("events/s3-put.json"));

        assertThat(objects).singleElement().satisfies(object -> {
            assertThat(object.bucket()).isEqualTo("artikel-eingang");
            assertThat(object.key()).isEqualTo("incoming/2025/11/Neue Oderbrücke für Güterzüge.txt");
            assertThat(object.size()).hasValue(2470);
            assertThat(object.eTag()).isEqualTo("efe50d44fda8a2ed367953c72d325588");
        });
    }

    @Test
    void should_keep_key_verbatim_when_event_comes_from_eventbridge() throws Exception {
        // Without it: EventBridge keys (not encoded) would be decoded again, turning a literal "+" into a space.
        List<ObjectCreated> objects = EventReader.read(fixture("events/eventbridge-object-created.json"));

        assertThat(objects).singleElement()
                .extracting(ObjectCreated::key).isEqualTo("incoming/2025/11/Oderbrücke Bericht (EventBridge).txt");
    }

    @Test
    void should_report_sqs_batch_and_read_message_body_when_event_comes_from_sqs() throws Exception {
        // Without it: SQS batches would be treated as S3 notifications and never get a partial batch response.
        JsonNode batch = fixture("events/sqs-s3-put.json");

        assertThat(EventReader.isSqsBatch(batch)).isTrue();
        List<SqsMessages.Message> messages = SqsMessages.of(batch);
        assertThat(messages).singleElement().extracting(SqsMessages.Message::messageId)
                .isEqualTo("19590001-4f1c-4b7e-9a2d-6c5e3b1a0f01");
        assertThat(SqsMessages.objectsIn(messages.get(0))).singleElement()
                .extracting(ObjectCreated::key).isEqualTo("incoming/2025/11/Brücke über die Oder (SQS).txt");
    }

    @Test
    void should_unwrap_notification_when_sqs_body_is_an_sns_envelope() throws Exception {
        // Without it: an S3 -> SNS -> SQS fan-out would fail every message as "not an S3 event".
        assertThat(EventReader.read(fixture("events/sns-s3-put.json"))).singleElement()
                .extracting(ObjectCreated::key).isEqualTo("incoming/2025/11/Neue Oderbrücke für Güterzüge.txt");
    }

    @Test
    void should_yield_nothing_when_event_is_s3_test_event_or_object_removal() throws Exception {
        // Without it: S3's configuration test event or deletions would fail the function or be summarised.
        assertThat(EventReader.read(fixture("events/s3-test-event.json"))).isEmpty();
        assertThat(EventReader.read(fixture("events/s3-object-removed.json"))).isEmpty();
    }

    @Test
    void should_fail_with_invalid_request_when_body_is_not_an_s3_event() {
        // Without it: a stray message would be silently dropped instead of being retried into the dead-letter queue.
        assertThatThrownBy(() -> SqsMessages.objectsIn(new SqsMessages.Message("m-1", "kein JSON")))
                .isInstanceOfSatisfying(SummarizerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        assertThatThrownBy(() -> EventReader.read(JSON.createObjectNode().put("hello", "world")))
                .isInstanceOf(SummarizerException.class);
    }
}
