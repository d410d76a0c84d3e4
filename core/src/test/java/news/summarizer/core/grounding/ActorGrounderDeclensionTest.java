package news.summarizer.core.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

class ActorGrounderDeclensionTest {

    private static final String TEXT = "Nach Angaben der Deutschen Bahn fahren mehr Züge. Die neue Strecke ist fertig. "
            + "Die EU zahlt einen Teil.";

    @Test
    void should_keep_the_base_form_when_the_article_only_declines_the_name() {
        // Without it: "Deutsche Bahn" would be dropped because the text only says "der Deutschen Bahn".
        List<Actor> actors = new ActorGrounder().ground(TEXT, List.of(new DraftActor("Deutsche Bahn",
                ActorType.ORGANIZATION, null, null, "Nach Angaben der Deutschen Bahn fahren mehr Züge."))).actors();

        assertThat(actors).singleElement().satisfies(actor -> {
            assertThat(actor.name()).isEqualTo("Deutsche Bahn");
            assertThat(actor.evidenceOffset()).isZero();
        });
    }

    @Test
    void should_still_drop_a_name_when_the_article_has_no_form_of_it() {
        // Without it: the declension fallback could let invented actors through.
        var grounded = new ActorGrounder().ground(TEXT, List.of(new DraftActor("Deutsche Post",
                ActorType.ORGANIZATION, null, null, null)));

        assertThat(grounded.actors()).isEmpty();
    }

    @Test
    void should_match_a_short_name_as_a_word_when_it_also_occurs_inside_other_words() {
        // Without it: "EU" was found inside "neue" and reached users spelt "eu".
        List<Actor> actors = new ActorGrounder().ground(TEXT, List.of(new DraftActor("EU",
                ActorType.ORGANIZATION, null, null, "Die EU zahlt einen Teil."))).actors();

        assertThat(actors).singleElement().extracting(Actor::name).isEqualTo("EU");
    }

    @Test
    void should_ground_a_surname_ending_in_er_that_the_article_only_writes_in_the_genitive() {
        // Without the dictionary's base form "Schuster" was cut to "schust…" and "Schusters" never matched it.
        List<Actor> actors = new ActorGrounder().ground("Schusters Mannschaft siegte in Kiel.", List.of(new DraftActor(
                "Schuster", ActorType.PERSON, "Trainerin", null, "Schusters Mannschaft siegte in Kiel."))).actors();

        assertThat(actors).singleElement().satisfies(actor -> assertThat(actor.mentions()).isEqualTo(1));
    }

    @Test
    void should_take_a_genitive_surname_of_another_article_for_the_same_person() {
        // Without the one matcher a story listed "Trainerin Schuster" and "Schusters" as two actors.
        Actor one = new Actor("Trainerin Schuster", ActorType.PERSON, "Trainerin", null, 1, "x", 0);
        Actor other = new Actor("Schusters", ActorType.PERSON, null, null, 1, "x", 0);
        assertThat(StoryMatching.sameActor(one, other)).isTrue();
        assertThat(StoryMatching.sameActor(one, new Actor("Schustermann", ActorType.PERSON, null, null, 1, "x", 0)))
                .isFalse();
    }
}
