package news.summarizer.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.input.PromptTemplate;
import java.util.List;
import java.util.Map;
import news.summarizer.core.article.Article;
import news.summarizer.core.engine.SummaryLimits;

/**
 * The versioned prompt set under {@code prompts/<version>/} (used by {@link SummaryConversation}) and the values put
 * into it. A changed prompt is a new version directory, so a result's {@code engine.promptVersion} always names
 * the exact words the model was given.
 */
public final class SummaryPrompts {

    public static final String VERSION = "summary-v3";
    static final String DIRECTORY = "/prompts/" + VERSION + "/";
    private static final PromptTemplate SYSTEM = PromptFiles.template(DIRECTORY, "system.txt");
    private static final PromptTemplate USER = PromptFiles.template(DIRECTORY, "user.txt");
    private static final PromptTemplate PART = PromptFiles.template(DIRECTORY, "part.txt");
    private static final PromptTemplate MERGE = PromptFiles.template(DIRECTORY, "merge.txt");
    private static final PromptTemplate CORRECTION = PromptFiles.template(DIRECTORY, "correction.txt");

    private SummaryPrompts() {
    }

    /**
     * The system prompt with the article's limits, and, for a server that does not enforce the schema itself, the
     * schema as text (the same one that is otherwise sent as the response format).
     */
    static String system(String boundary, SummaryLimits limits, boolean nativeSchema) {
        return SYSTEM.apply(Map.of(
                "boundary", boundary,
                "headline_max", SummaryLimits.HEADLINE_MAX_CHARACTERS,
                "summary_sentences", SummaryLimits.range(limits.summarySentencesMin(), limits.summarySentencesMax()),
                "summary_max", SummaryLimits.SUMMARY_MAX_CHARACTERS,
                "key_points", SummaryLimits.range(limits.keyPointsMin(), limits.keyPointsMax()),
                "key_point_max", SummaryLimits.KEY_POINT_MAX_CHARACTERS,
                "actors_max", SummaryLimits.ACTORS_MAX,
                "statements_max", SummaryLimits.STATEMENTS_MAX,
                "schema", nativeSchema ? "" : "5. " + schemaInstruction(SummarySchema.SCHEMA)))
                .text().strip();
    }

    /** The user message asking for the summary of a whole article. */
    static String user(String boundary, String metadata, String article) {
        return USER.apply(Map.of("boundary", boundary, "metadata", metadata, "article", article)).text();
    }

    /** The user message asking for the summary of part {@code number} of {@code count} of a long article. */
    static String part(String boundary, String metadata, String part, int number, int count) {
        return PART.apply(Map.of("boundary", boundary, "metadata", metadata, "article", part, "part", number,
                "parts", count)).text();
    }

    /** The user message asking to merge the parts' summaries into one. */
    static String merge(String boundary, String metadata, String partsJson, int count) {
        return MERGE.apply(Map.of("boundary", boundary, "metadata", metadata, "parts_json", partsJson, "parts", count))
                .text();
    }

    /** The user message sending a rejected answer's problems back, as {@link #problemList} wrote them. */
    static String correction(String problemList) {
        return CORRECTION.apply(Map.of("problems", problemList)).text();
    }

    /**
     * A delimiter the article's author cannot predict (it derives from the hash of the text that would have to
     * contain it), so an article cannot close its own data block and smuggle instructions after it.
     */
    public static String boundaryFor(Article article) {
        String hex = article.id().substring(article.id().indexOf(':') + 1);
        return hex.substring(0, 12);
    }

    /** What the source says about the article besides its text: title and publication date, one per line. */
    public static String metadata(Article article) {
        StringBuilder metadata = new StringBuilder();
        if (article.title() != null) {
            metadata.append("Titel laut Quelle: ").append(article.title()).append('\n');
        }
        if (article.date() != null) {
            metadata.append("Erscheinungsdatum: ").append(article.date()).append('\n');
        }
        return metadata.toString().strip();
    }

    /** The problems of a rejected answer as the bullet list the correction prompt expects. */
    public static String problemList(List<String> problems) {
        return "- " + String.join("\n- ", problems);
    }

    /**
     * The schema as an instruction in the prompt, for a model that cannot be sent it natively (JSON mode, or a
     * Bedrock model that refuses a forced tool).
     */
    public static String schemaInstruction(JsonSchema schema) {
        try {
            // Compact: a pretty-printed schema costs about twice the tokens and tells the model nothing more.
            return "Das JSON-Objekt folgt diesem JSON-Schema:\n"
                    + new ObjectMapper().writeValueAsString(JsonSchemaElementUtils.toMap(schema.rootElement(), true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The schema is a plain map", e);
        }
    }
}
