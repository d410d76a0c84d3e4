package news.summarizer.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.document.Document;

/** Converts between plain JSON values and the SDK's {@link Document}, which Converse uses for tool schemas and input. */
final class Documents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    static Document fromObject(Object value) {
        if (value == null) {
            return Document.fromNull();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Document> members = new LinkedHashMap<>();
            map.forEach((key, member) -> members.put(String.valueOf(key), fromObject(member)));
            return Document.fromMap(members);
        }
        if (value instanceof List<?> list) {
            return Document.fromList(list.stream().map(Documents::fromObject).toList());
        }
        if (value instanceof Object[] array) {
            return fromObject(List.of(array));
        }
        if (value instanceof Boolean bool) {
            return Document.fromBoolean(bool);
        }
        if (value instanceof Number number) {
            return Document.fromNumber(new BigDecimal(number.toString()));
        }
        return Document.fromString(value.toString());
    }

    static String toJson(Document document) {
        try {
            return JSON.writeValueAsString(toObject(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document is always serialisable", e);
        }
    }

    private static Object toObject(Document document) {
        if (document == null || document.isNull()) {
            return null;
        }
        if (document.isMap()) {
            Map<String, Object> map = new LinkedHashMap<>();
            document.asMap().forEach((key, member) -> map.put(key, toObject(member)));
            return map;
        }
        if (document.isList()) {
            return document.asList().stream().map(Documents::toObject).toList();
        }
        if (document.isBoolean()) {
            return document.asBoolean();
        }
        if (document.isNumber()) {
            return document.asNumber().bigDecimalValue();
        }
        return document.asString();
    }
}
