package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;
import org.junit.jupiter.api.Test;

/** Every named mention with its type and a verbatim offset, actors or not. */
class EntityFinderTest {

    private static final String TEXT = """
            Görlitz - Bürgermeisterin Ilse Kardorff hat am Montag mit den Stadtwerken Görlitz über die Fernwärme gesprochen.
            Kardorff sagte, auch Polen sei beteiligt. Der Verband kommunaler Unternehmen lobte den Plan.""";

    @Test
    void should_report_every_mention_at_a_verbatim_offset() {
        // Without verbatim offsets a client could not highlight the names in the text it sent.
        List<Entity> entities = EntityFinder.find(TEXT);

        assertThat(entities).isNotEmpty().allSatisfy(entity -> {
            assertThat(TEXT.substring(entity.offset(), entity.offset() + entity.length())).isEqualTo(entity.text());
            assertThat(entity.actor()).isNull();
        });
        assertThat(entities).extracting(Entity::text).contains("Ilse Kardorff", "Kardorff", "Polen");
        assertThat(entities).filteredOn(entity -> entity.text().equals("Ilse Kardorff"))
                .extracting(Entity::type).containsExactly(EntityType.PERSON);
        assertThat(entities).filteredOn(entity -> entity.text().equals("Polen"))
                .extracting(Entity::type).containsExactly(EntityType.PLACE);
    }

    @Test
    void should_find_names_in_a_sentence_given_as_tokens() {
        // Without the token entry an annotated corpus could not be scored token by token.
        List<String> tokens = List.of("Ilse", "Kardorff", "reiste", "nach", "Polen", ".");
        List<Entity> entities = EntityFinder.findInTokens(tokens);

        assertThat(entities).extracting(Entity::text, Entity::type, Entity::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ilse Kardorff", EntityType.PERSON, 0),
                        org.assertj.core.groups.Tuple.tuple("Polen", EntityType.PLACE, 26));
    }
}
