package news.summarizer.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import news.summarizer.core.engine.DraftSummary;

/**
 * Reads the model's JSON answer. Tolerates what models add around JSON (a preamble, Markdown fences) but never
 * "repairs" broken JSON: an answer that does not parse is a problem to send back, not to guess at.
 */
public final class AnswerParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnswerParser() {
    }

    /**
     * Builds the draft's deserializers (Jackson introspects each type once, then keeps them) without reading
     * anything: the cold start's preload, so that the first answer is only read.
     */
    static void prefetch() {
        MAPPER.readerFor(DraftSummary.class);
    }

    /** The parsed draft, or a problem statement the model can act on. */
    static Parsed parse(String answer) {
        if (answer == null || answer.isBlank()) {
            return Parsed.problem("Die Antwort war leer. Erwartet wird ein JSON-Objekt.");
        }
        String json = jsonObjectIn(answer);
        if (json == null) {
            return Parsed.problem("Die Antwort enthält kein JSON-Objekt. Antworte nur mit dem JSON-Objekt.");
        }
        try {
            return new Parsed(MAPPER.readValue(json, DraftSummary.class), null);
        } catch (JsonProcessingException e) {
            return Parsed.problem("Die Antwort ist kein gültiges JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "). Antworte nur mit einem gültigen JSON-Objekt.");
        }
    }

    /**
     * The answer read as {@code type}, the same way (preamble and fences tolerated, unknown fields ignored): for the
     * parts of an answer that are not the summary's (a story's agreements, differences and timeline).
     */
    public static <T> java.util.Optional<T> read(String answer, Class<T> type) {
        String json = answer == null ? null : jsonObjectIn(answer);
        if (json == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }

    /** The outermost {...} of the answer, skipping any preamble and Markdown code fences around it. */
    private static String jsonObjectIn(String answer) {
        int start = answer.indexOf('{');
        if (start < 0) {
            return null;
        }
        int end = answer.lastIndexOf('}');
        return end < start ? answer.substring(start) : answer.substring(start, end + 1);
    }

    record Parsed(DraftSummary draft, String problem) {
        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }
    }
}
