package news.summarizer.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.ArticleInfo;
import news.summarizer.core.summary.EngineInfo;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.summary.Summary;
import org.junit.jupiter.api.Test;

/** The summary's serializers are built in init, so that its first write only writes. */
class SerializerPrefetchTest {

    private static Summary summary() {
        Actor minister = new Actor("Lena Hartwig", ActorType.PERSON, "Verkehrsministerin", null, 3, "sagte Lena Hartwig", 120);
        return new Summary("sha256:x", "de", "de", "Neue Brücke über die Oder", "Eine Brücke entsteht.",
                List.of("Baubeginn im Mai"), List.of(minister),
                new ArticleInfo("Neue Brücke", "2025-10-21", 1800, 260),
                new EngineInfo("openai", "gpt-4o-mini", "summary-v3", 1200, 300, null, 1, 210, null, 6, 0), List.of(),
                List.of(new Entity("Lena Hartwig", EntityType.PERSON, 120, 12, "Lena Hartwig")),
                List.of(new Statement("Lena Hartwig", StatementKind.DIRECT, "Wir bauen", 40, "„Wir bauen“, sagte sie.", 39)));
    }

    @Test
    void should_build_a_serializer_for_every_record_and_enum_the_summary_holds() {
        // Without it: a type reached only through a list (actors, entities, statements) or an enum would still be
        // introspected by the first request.
        ObjectMapper mapper = new ObjectMapper();

        assertThat(SerializerPrefetch.serializers(mapper, Summary.class)).containsExactlyInAnyOrder(Summary.class,
                Actor.class, ActorType.class, ArticleInfo.class, EngineInfo.class, Entity.class, EntityType.class,
                Statement.class, StatementKind.class);
    }

    @Test
    void should_leave_the_first_write_little_to_build_and_write_the_same_json() throws Exception {
        // Without it: the mapper's cache would hold nothing for the summary's types until a request writes one, and
        // the first write would introspect them (a tenth of a cold start's first request).
        ObjectMapper cold = new ObjectMapper();
        ObjectMapper prefetched = new ObjectMapper();
        SerializerPrefetch.serializers(prefetched, Summary.class);

        assertThat(cached(prefetched)).isGreaterThanOrEqualTo(9);
        int before = cached(prefetched);
        String written = prefetched.writeValueAsString(summary());
        int builtByTheWrite = cached(prefetched) - before;

        assertThat(written).isEqualTo(cold.writeValueAsString(summary()));
        assertThat(builtByTheWrite).as("serializers the first write still built").isLessThan(cached(cold) - 9);
    }

    @Test
    void should_follow_records_through_optionals_maps_and_wildcards() {
        // Without it: a record held in an Optional, a map's values or a "? extends" list would be missed.
        record Inner(String text) {
        }
        record Outer(Optional<Inner> first, Map<String, List<? extends Inner>> more) {
        }

        assertThat(SerializerPrefetch.serializers(new ObjectMapper(), Outer.class)).containsExactly(Outer.class, Inner.class);
    }

    private static int cached(ObjectMapper mapper) {
        return ((DefaultSerializerProvider) mapper.getSerializerProvider()).cachedSerializersCount();
    }
}
