package news.summarizer.core.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/**
 * The one reader for JSON that users send: JSON articles (POST /summaries, S3 objects), story requests and story
 * manifests. Everything it refuses is a {@code 400 invalid_request} whose detail names the problem and where it is,
 * never an internal error: a body nested thousands of arrays deep or a number of 200,000 digits breaks one of
 * Jackson's stream limits (whose exception carries no location, so reading it naively fails a second time), and a key
 * given twice ({@code {"text": "A", "text": "B"}}) would otherwise silently keep the last value, so the caller could
 * not tell which text was summarised.
 */
public final class StrictJson {

    /** A story request is 3 levels deep (request, articles, article); the rest is room for metadata we ignore. */
    public static final int MAX_DEPTH = 64;
    /** Digits of one number: ids and timestamps in article metadata are far shorter; a longer one is an attack. */
    public static final int MAX_NUMBER_DIGITS = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .build())
            .build());

    private StrictJson() {
    }

    public static JsonNode read(String body) {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The one JSON value of the body; {@code invalid_request} for anything else, naming the problem. */
    public static JsonNode read(byte[] body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            try {
                JsonNode root = MAPPER.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    throw invalid("The JSON has more content after its end", parser, parser.currentTokenLocation(),
                            false);
                }
                return root;
            } catch (StreamConstraintsException e) {
                // Jackson leaves its location unset; the parser knows where it stopped.
                String limit = String.valueOf(e.getOriginalMessage());
                if (limit.contains("getMaxNestingDepth")) {
                    // Its path would spell out the whole nesting again: line and column say enough.
                    throw invalid("The JSON is nested more than " + MAX_DEPTH + " levels deep", parser,
                            parser.currentLocation(), false);
                }
                throw invalid(limitBroken(limit), parser, parser.currentLocation(), true);
            } catch (JsonProcessingException e) {
                throw invalid(syntaxProblem(e, parser), parser, e.getLocation(), true);
            }
        } catch (IOException e) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "The body cannot be read as JSON");
        }
    }

    /** Jackson's constraint exceptions differ only in their text, which names the limit's getter. */
    private static String limitBroken(String limit) {
        if (limit.contains("getMaxNumberLength")) {
            return "The JSON has a number longer than " + MAX_NUMBER_DIGITS + " digits";
        }
        int from = limit.indexOf(", from ");
        return "The JSON breaks a limit: " + (from < 0 ? limit : limit.substring(0, from) + ")");
    }

    private static String syntaxProblem(JsonProcessingException e, JsonParser parser) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return "The JSON has the key \"" + parser.getParsingContext().getCurrentName() + "\" twice";
        }
        return "The body is not valid JSON";
    }

    private static SummarizerException invalid(String problem, JsonParser parser, JsonLocation location,
            boolean withPath) {
        String pointer = withPath ? parser.getParsingContext().pathAsPointer().toString() : "";
        StringBuilder where = new StringBuilder();
        if (!pointer.isEmpty()) {
            where.append("at ").append(pointer).append(", ");
        }
        JsonLocation known = location == null || location.getLineNr() < 0 ? parser.currentLocation() : location;
        where.append("line ").append(known.getLineNr()).append(", column ").append(known.getColumnNr());
        return new SummarizerException(ErrorCode.INVALID_REQUEST, problem + " (" + where + ")");
    }
}
