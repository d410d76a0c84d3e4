package news.summarizer.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.statements.StatementCandidates.Candidate;
import news.summarizer.core.statements.StatementCandidates.Origin;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * The candidates a learned attributer judges (one of each kind) and the rule that its features say nothing of the
 * words themselves. Fictional text; the rules' statements are given, so that the generator is tested on its own.
 */
class StatementCandidatesTest {

    private static final String ARTICLE = """
            Lindenau baut um

            Bürgermeisterin Lena Hartwig sagte am Montag, die Brücke sei bald fertig.
            „Wir bauen weiter, auch im Winter“, hieß es auf einem Plakat neben Tomasz Wierzbicki.
            Stadtrat Tomasz Wierzbicki saß im Ausschuss. Die Kosten seien gestiegen.
            Später erklärte Wierzbicki die Pläne der Stadt im Rathaus.
            """;

    @Test
    void should_mark_a_colon_before_a_quotation() {
        // The colon that introduces a quotation ("war deutlich: „…“") is one of the strongest signs of who speaks; a
        // reading that missed the space between colon and mark would leave the feature always 0.
        String text = "Titel\n\nStadtrat Tomasz Wierzbicki war deutlich: „Wir bauen weiter und immer weiter.“\n";
        List<Candidate> candidates = StatementCandidates.of(text, ACTORS, List.of());

        assertThat(candidates).singleElement().satisfies(c -> assertThat(
                c.pairs().get(0).features()[StatementCandidates.FEATURES.indexOf("colon before quotation")]).isEqualTo(1.0));
    }

    private static Actor person(String name) {
        return new Actor(name, ActorType.PERSON, null, null, 1, "", 0);
    }

    private static final List<Actor> ACTORS = List.of(person("Lena Hartwig"), person("Tomasz Wierzbicki"));

    /** The rules' one statement: Hartwig's dass-less reported clause in the first sentence. */
    private static List<Statement> rules(String text, String speaker, String clause) {
        int offset = text.indexOf(clause);
        int sentence = text.indexOf("Bürgermeisterin");
        return List.of(new Statement(speaker, StatementKind.INDIRECT, clause, offset,
                text.substring(sentence, text.indexOf('\n', sentence)), sentence));
    }

    @Test
    void should_propose_a_candidate_of_each_kind_when_the_rules_left_them_out() {
        // Without the generator's four sources the model has nothing to judge: a rules' statement to re-rank, a
        // quotation, a Konjunktiv-I sentence and a sentence with a verb of saying that no rule attributed.
        List<Candidate> candidates = StatementCandidates.of(ARTICLE, ACTORS,
                rules(ARTICLE, "Lena Hartwig", "die Brücke sei bald fertig"));

        assertThat(candidates).extracting(Candidate::origin)
                .containsExactly(Origin.RULE, Origin.QUOTATION, Origin.KONJUNKTIV, Origin.SPEECH_VERB);
        assertThat(candidates).extracting(c -> c.text(ARTICLE)).containsExactly(
                "die Brücke sei bald fertig",
                "Wir bauen weiter, auch im Winter",
                "Die Kosten seien gestiegen.",
                "Später erklärte Wierzbicki die Pläne der Stadt im Rathaus.");
        assertThat(candidates.get(1).kind()).isEqualTo(StatementKind.DIRECT);
        // The Konjunktiv-I continuation may be Wierzbicki's, named in the sentence before it.
        assertThat(candidates.get(2).pairs()).extracting(p -> p.speaker().name()).contains("Tomasz Wierzbicki");
        // The rules' speaker is among a rules' statement's speakers, marked as theirs.
        int rulesSpeaker = StatementCandidates.FEATURES.indexOf("the rules' speaker");
        assertThat(candidates.get(0).pairs()).anySatisfy(p -> {
            assertThat(p.speaker().name()).isEqualTo("Lena Hartwig");
            assertThat(p.features()[rulesSpeaker]).isEqualTo(1.0);
        });
    }

    @Test
    void should_give_the_same_features_when_every_name_and_topic_word_is_replaced() {
        // A feature that read a word's identity (a surname, a topic noun) would let the model learn the articles it was
        // fitted on; the same article with other names and other topic words must give the very same vectors.
        String other = ARTICLE.replace("Lena Hartwig", "Ilse Brennecke").replace("Tomasz Wierzbicki", "Jonas Ott")
                .replace("Wierzbicki", "Ott").replace("Lindenau", "Fehrstadt").replace("Brücke", "Schule")
                .replace("Plakat", "Banner").replace("Pläne", "Entwürfe").replace("Kosten", "Mieten")
                .replace("Rathaus", "Ratssaal").replace("Winter", "Sommer");
        List<Actor> otherActors = List.of(person("Ilse Brennecke"), person("Jonas Ott"));

        List<Candidate> first = StatementCandidates.of(ARTICLE, ACTORS,
                rules(ARTICLE, "Lena Hartwig", "die Brücke sei bald fertig"));
        List<Candidate> second = StatementCandidates.of(other, otherActors,
                rules(other, "Ilse Brennecke", "die Schule sei bald fertig"));

        assertThat(first).hasSize(4); // compared below: not an empty list that would pass on its own
        assertThat(second).hasSameSizeAs(first);
        for (int c = 0; c < first.size(); c++) {
            assertThat(second.get(c).pairs()).hasSameSizeAs(first.get(c).pairs());
            for (int p = 0; p < first.get(c).pairs().size(); p++) {
                assertThat(second.get(c).pairs().get(p).features()).containsExactly(first.get(c).pairs().get(p).features());
            }
        }
    }
}
