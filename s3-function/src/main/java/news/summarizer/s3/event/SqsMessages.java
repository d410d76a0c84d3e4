package news.summarizer.s3.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/** The messages of an SQS batch; each body is parsed only when its message is processed. */
public final class SqsMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SqsMessages() {
    }

    public record Message(String messageId, String body) {
    }

    public static List<Message> of(JsonNode batch) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode record : batch.path("Records")) {
            messages.add(new Message(record.path("messageId").asText(), record.path("body").asText()));
        }
        return messages;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "The message body is not JSON");
        }
    }

    public static List<ObjectCreated> objectsIn(Message message) {
        return EventReader.read(parse(message.body()));
    }
}
