package news.summarizer.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.service.output.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import news.summarizer.core.engine.DraftSummary;

/**
 * Writes {@code core/src/main/resources/model/summary-schema.json}, the schema {@link SummarySchema} ships, from the
 * records: run it after a change of {@code DraftSummary}, {@code DraftActor} or {@code DraftStatement},
 * <pre>
 * ./mvnw -B -q -o -pl core -am -Pevaluate test -Dtool.main=news.summarizer.core.model.SummarySchemaWriter
 * </pre>
 */
public final class SummarySchemaWriter {

    private SummarySchemaWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path inCore = Path.of("src/main/resources").resolve(SummarySchema.SHIPPED.substring(1));
        Path target = args.length > 0 ? Path.of(args[0])
                : Files.isDirectory(Path.of("core")) ? Path.of("core").resolve(inCore) : inCore;
        Files.writeString(target, render(), StandardCharsets.UTF_8);
        System.out.println(target);
    }

    /** The schema generated from the records, as {@link SummarySchema#SHIPPED} must hold it. */
    static JsonSchema generated() {
        return JsonSchema.builder()
                .name(SummarySchema.NAME)
                .rootElement(strict(JsonSchemas.jsonSchemaFrom(DraftSummary.class)
                        .orElseThrow(() -> new IllegalStateException("DraftSummary has no JSON schema"))
                        .rootElement()))
                .build();
    }

    private static JsonSchemaElement strict(JsonSchemaElement element) {
        if (element instanceof JsonObjectSchema object) {
            Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
            object.properties().forEach((name, property) -> properties.put(name, strict(property)));
            return JsonObjectSchema.builder()
                    .description(object.description())
                    .addProperties(properties)
                    .required(new ArrayList<>(properties.keySet()))
                    .additionalProperties(false)
                    .build();
        }
        if (element instanceof JsonArraySchema array) {
            return JsonArraySchema.builder().description(array.description()).items(strict(array.items())).build();
        }
        return element;
    }

    /** The generated schema's root element as LangChain4j renders it for strict mode (which writes {@code additionalProperties}). */
    static String render() throws IOException {
        return new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(JsonSchemaElementUtils.toMap(generated().rootElement(), true)) + "\n";
    }
}
