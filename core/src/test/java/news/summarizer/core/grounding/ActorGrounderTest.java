package news.summarizer.core.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

class ActorGrounderTest {

    private static final String TEXT = """
            Kremlchef Wladimir Sorokin empfing am Montag US-Außenminister Mark Ellison. „Wir wollen Frieden“, sagte Sorokin.

            Ellison sprach danach von einem offenen Gespräch. Nach Angaben der Deutschen Bahn rollen die Züge wieder. \
            Die Bundes-
            ministerin Clara Voss lobte die Einigung. Sorokins Sprecher schwieg.""";

    private final ActorGrounder grounder = new ActorGrounder();

    @Test
    void should_drop_actor_with_warning_when_name_does_not_occur_in_article() {
        // Without it a hallucinated actor would reach users as if the article named them.
        GroundedActors grounded = grounder.ground(TEXT, List.of(
                new DraftActor("Angela Brandt", ActorType.PERSON, "Kanzlerin", "Sie vermittelte.", "Angela Brandt vermittelte.")));

        assertThat(grounded.actors()).isEmpty();
        assertThat(grounded.warnings()).singleElement().asString().contains("Angela Brandt");
    }

    @Test
    void should_find_evidence_at_its_offset_when_quote_differs_in_quotes_whitespace_and_hyphenation() {
        // Without tolerant matching correct quotes with typographic differences would be rejected.
        GroundedActors grounded = grounder.ground(TEXT, List.of(
                new DraftActor("Wladimir Sorokin", ActorType.PERSON, "Kremlchef", "Er empfing Ellison.",
                        "\"Wir wollen  Frieden\", sagte Sorokin"),
                new DraftActor("Clara Voss", ActorType.PERSON, "Bundesministerin", "Sie lobte die Einigung.",
                        "Die Bundesministerin Clara Voss lobte die Einigung")));

        Actor sorokin = grounded.actors().get(0);
        assertThat(TEXT.substring(sorokin.evidenceOffset(), sorokin.evidenceOffset() + sorokin.evidence().length()))
                .isEqualTo(sorokin.evidence())
                .isEqualTo("„Wir wollen Frieden“, sagte Sorokin");
        Actor voss = grounded.actors().get(1);
        assertThat(voss.evidence()).isEqualTo("Die Bundes-\nministerin Clara Voss lobte die Einigung");
        assertThat(TEXT.indexOf(voss.evidence())).isEqualTo(voss.evidenceOffset());
        assertThat(grounded.warnings()).isEmpty();
    }

    @Test
    void should_merge_name_variants_and_count_mentions_from_the_text_when_model_lists_one_person_thrice() {
        // Without merging users would see "Sorokin", "Wladimir Sorokin" and "Kremlchef Sorokin" as three actors.
        GroundedActors grounded = grounder.ground(TEXT, List.of(
                new DraftActor("Sorokin", ActorType.PERSON, "", "Er sagte etwas.", "sagte Sorokin"),
                new DraftActor("Wladimir Sorokin", ActorType.PERSON, "Kremlchef", "Er empfing Ellison.",
                        "Kremlchef Wladimir Sorokin empfing am Montag US-Außenminister Mark Ellison."),
                new DraftActor("Mark Ellison", ActorType.PERSON, "US-Außenminister", "Er reiste an.", "Ellison sprach")));

        assertThat(grounded.actors()).extracting(Actor::name).containsExactly("Wladimir Sorokin", "Mark Ellison");
        Actor sorokin = grounded.actors().get(0);
        assertThat(sorokin.role()).isEqualTo("Kremlchef");
        assertThat(sorokin.mentions()).isEqualTo(3); // full name, surname, genitive "Sorokins"
        assertThat(grounded.actors().get(1).mentions()).isEqualTo(2);
    }

    @Test
    void should_keep_two_brothers_of_one_surname_apart_but_merge_a_title_or_an_initial_with_the_full_name() {
        // Without the given-name check the second brother vanishes into the first: persons merge by surname alone.
        String text = "Jonas Brandl schlug seinen Bruder Tobias Brandl in drei Sätzen. Trainerin Brandl, ihre Mutter, "
                + "jubelte. J. Brandl sagte danach, er sei müde.";
        GroundedActors grounded = grounder.ground(text, List.of(
                new DraftActor("Jonas Brandl", ActorType.PERSON, null, null, null),
                new DraftActor("Tobias Brandl", ActorType.PERSON, null, null, null),
                new DraftActor("J. Brandl", ActorType.PERSON, null, null, null),
                new DraftActor("Trainerin Brandl", ActorType.PERSON, null, null, null)));

        assertThat(grounded.actors()).extracting(Actor::name).containsExactly("Jonas Brandl", "Tobias Brandl");
    }

    @Test
    void should_merge_a_name_written_family_name_first_with_the_same_name_in_western_order() {
        // Without sameWords: "Wang Lihua" and "Lihua Wang" have different last words and were two persons.
        String text = "Die Physikerin Wang Lihua leitet die Gruppe. Lihua Wang sagte, der Fund sei ein Glücksfall.";
        GroundedActors grounded = grounder.ground(text, List.of(
                new DraftActor("Wang Lihua", ActorType.PERSON, null, null, null),
                new DraftActor("Lihua Wang", ActorType.PERSON, null, null, null)));

        assertThat(grounded.actors()).extracting(Actor::name).containsExactly("Wang Lihua");
    }

    @Test
    void should_ground_inflected_organisation_and_repair_evidence_when_quote_is_not_verbatim() {
        // Without inflection tolerance "Deutsche Bahn" would be dropped because the text says "der Deutschen Bahn";
        // without repair a paraphrased quote would be shown as a verbatim one.
        GroundedActors grounded = grounder.ground(TEXT, List.of(
                new DraftActor("Deutsche Bahn", ActorType.ORGANIZATION, "", "Sie meldet rollende Züge.",
                        "Die Deutsche Bahn sagt, die Züge fahren wieder.")));

        Actor bahn = grounded.actors().get(0);
        assertThat(bahn.name()).isEqualTo("Deutsche Bahn");
        assertThat(bahn.evidence()).isEqualTo("Nach Angaben der Deutschen Bahn rollen die Züge wieder.");
        assertThat(TEXT.substring(bahn.evidenceOffset())).startsWith(bahn.evidence());
        assertThat(bahn.mentions()).isEqualTo(1);
        assertThat(grounded.warnings()).singleElement().asString().contains("Replaced the evidence");
    }
}
