package news.summarizer.core.model;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.Arrays;
import news.summarizer.core.summary.ActorType;

/**
 * The JSON schema of {@link news.summarizer.core.engine.DraftSummary}, written out rather than derived so that it
 * meets OpenAI's strict mode (every property required, no additional properties) and carries German descriptions.
 */
public final class SummarySchema {

    public static final JsonSchema SCHEMA = JsonSchema.builder()
            .name("ArticleSummary")
            .rootElement(JsonObjectSchema.builder()
                    .addStringProperty("headline", "Kurze deutsche Überschrift")
                    .addStringProperty("summary", "Zusammenfassung in 3 bis 5 deutschen Sätzen")
                    .addProperty("keyPoints", JsonArraySchema.builder()
                            .description("3 bis 6 kurze deutsche Kernaussagen")
                            .items(new JsonStringSchema())
                            .build())
                    .addProperty("actors", JsonArraySchema.builder()
                            .description("Die wichtigsten Akteure, nach Bedeutung geordnet")
                            .items(actor())
                            .build())
                    .required("headline", "summary", "keyPoints", "actors")
                    .additionalProperties(false)
                    .build())
            .build();

    /** Native structured output: the provider constrains the answer to the schema. */
    public static final ResponseFormat NATIVE = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(SCHEMA).build();

    /** For servers without JSON-schema support: JSON mode only; the system prompt describes the fields. */
    public static final ResponseFormat JSON_ONLY = ResponseFormat.JSON;

    private SummarySchema() {
    }

    private static JsonObjectSchema actor() {
        return JsonObjectSchema.builder()
                .addStringProperty("name", "Vollständiger Name, wie er im Artikel steht")
                .addProperty("type", JsonEnumSchema.builder()
                        .enumValues(Arrays.stream(ActorType.values()).map(Enum::name).toList())
                        .build())
                .addStringProperty("role", "Titel oder Funktion laut Artikel, sonst leer")
                .addStringProperty("description", "Was der Akteur in dieser Geschichte tut oder sagt, auf Deutsch")
                .addStringProperty("evidence", "Wörtliches Zitat aus dem Artikel, das den Namen enthält")
                .required("name", "type", "role", "description", "evidence")
                .additionalProperties(false)
                .build();
    }
}
