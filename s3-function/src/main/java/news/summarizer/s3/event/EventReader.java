package news.summarizer.s3.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import org.jboss.logging.Logger;

/**
 * Reads the object-created notifications out of one S3 notification (direct trigger or an SQS message body, also
 * SNS-wrapped) or one EventBridge "Object Created" event. Test events and other event types yield nothing.
 */
public final class EventReader {

    private static final Logger LOG = Logger.getLogger(EventReader.class);

    private EventReader() {
    }

    /** Whether the invocation is an SQS batch, to be answered with batch item failures. */
    public static boolean isSqsBatch(JsonNode event) {
        JsonNode first = event.path("Records").path(0);
        return "aws:sqs".equals(first.path("eventSource").asText());
    }

    public static List<ObjectCreated> read(JsonNode event) {
        if ("s3:TestEvent".equals(event.path("Event").asText())) {
            LOG.infof("Ignoring s3:TestEvent for bucket %s", event.path("Bucket").asText());
            return List.of();
        }
        if ("Notification".equals(event.path("Type").asText()) && event.path("Message").isTextual()) {
            return read(SqsMessages.parse(event.path("Message").asText()));
        }
        if ("aws.s3".equals(event.path("source").asText()) && event.has("detail")) {
            return fromEventBridge(event);
        }
        if (event.path("Records").isArray()) {
            return fromNotification(event.path("Records"));
        }
        throw new SummarizerException(ErrorCode.INVALID_REQUEST,
                "Not an S3 notification, SQS batch or EventBridge S3 event");
    }

    private static List<ObjectCreated> fromNotification(JsonNode records) {
        List<ObjectCreated> created = new ArrayList<>();
        for (JsonNode record : records) {
            String eventName = record.path("eventName").asText();
            JsonNode s3 = record.path("s3");
            if (!eventName.startsWith("ObjectCreated:")) {
                LOG.infof("Ignoring S3 event %s for key %s", eventName, s3.path("object").path("key").asText());
                continue;
            }
            JsonNode object = s3.path("object");
            created.add(new ObjectCreated(
                    required(s3.path("bucket").path("name"), "s3.bucket.name"),
                    ObjectKeys.decodeNotificationKey(required(object.path("key"), "s3.object.key")),
                    sizeOf(object.path("size")),
                    object.path("eTag").asText(null),
                    object.path("versionId").asText(null)));
        }
        return created;
    }

    private static List<ObjectCreated> fromEventBridge(JsonNode event) {
        String detailType = event.path("detail-type").asText();
        JsonNode detail = event.path("detail");
        if (!"Object Created".equals(detailType)) {
            LOG.infof("Ignoring EventBridge S3 event '%s' for key %s", detailType, detail.path("object").path("key").asText());
            return List.of();
        }
        JsonNode object = detail.path("object");
        return List.of(new ObjectCreated(
                required(detail.path("bucket").path("name"), "detail.bucket.name"),
                required(object.path("key"), "detail.object.key"),
                sizeOf(object.path("size")),
                object.path("etag").asText(null),
                object.path("version-id").asText(null)));
    }

    private static String required(JsonNode node, String field) {
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "The event has no " + field);
        }
        return node.asText();
    }

    private static OptionalLong sizeOf(JsonNode size) {
        return size.isIntegralNumber() ? OptionalLong.of(size.asLong()) : OptionalLong.empty();
    }
}
