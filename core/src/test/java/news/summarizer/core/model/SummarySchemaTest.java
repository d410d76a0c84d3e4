package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.internal.JsonSchemaElementUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema generated from the draft records must be what OpenAI's strict mode accepts. */
class SummarySchemaTest {

    @Test
    void should_require_every_property_and_forbid_additional_ones_in_every_object() {
        // Without it strict mode would refuse the request (400), or a provider would accept answers missing fields.
        Map<String, Object> root = JsonSchemaElementUtils.toMap(SummarySchema.SCHEMA.rootElement(), true);
        List<Map<String, Object>> objects = new ArrayList<>();
        collectObjects(root, objects);

        assertThat(objects).hasSize(2); // the summary and the actor
        for (Map<String, Object> object : objects) {
            List<Object> properties = new ArrayList<>(((Map<?, ?>) object.get("properties")).keySet());
            assertThat(new ArrayList<Object>((List<?>) object.get("required"))).containsExactlyInAnyOrderElementsOf(properties);
            assertThat(object.get("additionalProperties")).isEqualTo(false);
        }
        assertThat(new ArrayList<Object>(((Map<?, ?>) root.get("properties")).keySet()))
                .containsExactly("headline", "summary", "keyPoints", "actors");
    }

    @Test
    void should_carry_german_descriptions_and_the_actor_types_from_the_records() {
        // Without them the model would see bare field names, and the type list could drift from ActorType.
        String schema = JsonSchemaElementUtils.toMap(SummarySchema.SCHEMA.rootElement(), true).toString();

        assertThat(schema).contains("Wörtliches, unverändertes Zitat aus dem Artikel")
                .contains("Kurze deutsche Überschrift")
                .contains("[PERSON, ORGANIZATION, COUNTRY, OTHER]");
    }

    @SuppressWarnings("unchecked")
    private static void collectObjects(Object node, List<Map<String, Object>> objects) {
        if (node instanceof Map<?, ?> map) {
            if ("object".equals(map.get("type"))) {
                objects.add((Map<String, Object>) map);
            }
            map.values().forEach(value -> collectObjects(value, objects));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectObjects(value, objects));
        }
    }
}
