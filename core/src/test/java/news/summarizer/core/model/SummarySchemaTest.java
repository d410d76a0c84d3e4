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
