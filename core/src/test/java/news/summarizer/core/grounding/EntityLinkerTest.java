package news.summarizer.core.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;
import org.junit.jupiter.api.Test;

/** A model's actors are linked to the name finder's mentions by the one matcher. */
class EntityLinkerTest {

    private static final List<Actor> ACTORS = List.of(
            new Actor("Ilse Kardorff", ActorType.PERSON, "Bürgermeisterin", null, 2, "x", 0),
            new Actor("Stadtwerke Görlitz", ActorType.ORGANIZATION, null, null, 1, "x", 0));

    @Test
    void should_link_a_genitive_surname_and_a_declined_organisation_to_their_actors() {
        // Without the link a client could not tell which highlighted name is which reported actor.
        List<Entity> linked = EntityLinker.link(List.of(
                new Entity("Kardorffs", EntityType.PERSON, 10, 9, null),
                new Entity("Stadtwerken Görlitz", EntityType.ORGANIZATION, 30, 19, null),
                new Entity("Polen", EntityType.PLACE, 60, 5, null)), ACTORS);

        assertThat(linked).extracting(Entity::actor).containsExactly("Ilse Kardorff", "Stadtwerke Görlitz", null);
    }

    @Test
    void should_not_link_a_place_to_an_organisation_named_after_it() {
        // Without the type check the town would be reported as the municipal utility.
        List<Entity> linked = EntityLinker.link(List.of(new Entity("Görlitz", EntityType.PLACE, 0, 7, null)), ACTORS);

        assertThat(linked).extracting(Entity::actor).containsOnlyNulls();
    }
}
