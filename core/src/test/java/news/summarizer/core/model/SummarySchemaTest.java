package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema generated from the draft records must be what OpenAI's strict mode needs in itself, not only as
 * LangChain4j renders it for OpenAI: Bedrock's tool schema and the JSON-mode prompt use it as it is.
 */
class SummarySchemaTest {

    @Test
    void should_ship_the_schema_generated_from_the_records() throws java.io.IOException {
        // Without it: a field or description added to DraftSummary, DraftActor or DraftStatement would not reach the
        // model (the function reads the shipped file), and the answers would lack what the records now expect.
        String shipped;
        try (var in = SummarySchema.class.getResourceAsStream(SummarySchema.SHIPPED)) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(SummarySchema.SCHEMA).isEqualTo(SummarySchemaWriter.generated());
        assertThat(shipped).isEqualTo(SummarySchemaWriter.render());
        // as sent: the same JSON, properties in the same order (equals above ignores their order), strict or not
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (boolean strict : new boolean[] {true, false}) {
            assertThat(json.writeValueAsString(JsonSchemaElementUtils.toMap(SummarySchema.SCHEMA.rootElement(), strict)))
                    .isEqualTo(json.writeValueAsString(JsonSchemaElementUtils.toMap(
                            SummarySchemaWriter.generated().rootElement(), strict)));
        }
    }

    @Test
    void should_refuse_a_schema_kind_it_cannot_read() throws java.io.IOException {
        // Without it a number or boolean field added to the records would be read back as something else.
        var integer = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"type\": \"integer\"}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SummarySchema.element(integer))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("integer");
    }

    @Test
    void should_require_every_property_and_forbid_additional_ones_in_every_object() {
        // Without it strict mode would refuse the request (400), or a provider would accept answers missing fields.
        List<JsonObjectSchema> objects = new ArrayList<>();
        collectObjects(SummarySchema.SCHEMA.rootElement(), objects);

        assertThat(objects).hasSize(3); // the summary, the actor and the statement
        for (JsonObjectSchema object : objects) {
            assertThat(object.required()).containsExactlyElementsOf(object.properties().keySet());
            assertThat(object.additionalProperties()).isFalse();
        }
        assertThat(objects.get(0).properties().keySet()).containsExactly("headline", "summary", "keyPoints", "actors",
                "statements");
        assertThat(objects.get(1).properties().keySet()).containsExactly("name", "type", "role", "description", "evidence");
        assertThat(objects.get(2).properties().keySet()).containsExactly("speaker", "kind", "text");
        assertThat(JsonSchemaElementUtils.toMap(SummarySchema.SCHEMA.rootElement(), false).get("required"))
                .isEqualTo(List.of("headline", "summary", "keyPoints", "actors", "statements")); // also as Bedrock gets it
    }

    @Test
    void should_carry_german_descriptions_and_the_actor_types_from_the_records() {
        // Without them the model would see bare field names, and the type list could drift from ActorType.
        JsonObjectSchema actor = (JsonObjectSchema) ((JsonArraySchema) ((JsonObjectSchema) SummarySchema.SCHEMA.rootElement())
                .properties().get("actors")).items();

        assertThat(actor.properties().get("evidence").description()).startsWith("Wörtliches, unverändertes Zitat aus dem Artikel");
        assertThat(((JsonEnumSchema) actor.properties().get("type")).enumValues())
                .containsExactly("PERSON", "ORGANIZATION", "COUNTRY", "OTHER");
    }

    private static void collectObjects(JsonSchemaElement element, List<JsonObjectSchema> objects) {
        if (element instanceof JsonObjectSchema object) {
            objects.add(object);
            object.properties().values().forEach(property -> collectObjects(property, objects));
        } else if (element instanceof JsonArraySchema array) {
            collectObjects(array.items(), objects);
        }
    }
}
