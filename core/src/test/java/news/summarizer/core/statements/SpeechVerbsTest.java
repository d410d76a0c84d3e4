package news.summarizer.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the speech-verb lexicon ({@code text/speech-verbs.txt}) attributes a statement in a fictional
 * sentence of its own: without the entry, its sentence yields nothing.
 */
class SpeechVerbsTest {

    private static final List<Actor> HARTWIG = List.of(new Actor("Lena Hartwig", ActorType.PERSON, null, null, 1, "", 0));

    @ParameterizedTest
    @ValueSource(strings = {
            "Hartwig sagte am Montag, die Brücke sei fertig.",
            "Hartwig erklärte am Montag, die Brücke sei fertig.",
            "Hartwig betonte am Montag, die Brücke sei fertig.",
            "Hartwig teilte am Montag mit, die Brücke sei fertig.",
            "Hartwig kündigte am Montag an, die Brücke sei fertig.",
            "Hartwig warnte am Montag, die Brücke sei fertig.",
            "Hartwig forderte am Montag, die Brücke sei fertig.",
            "Hartwig kritisierte am Montag, die Brücke sei fertig.",
            "Hartwig mahnte am Montag, die Brücke sei fertig.",
            "Hartwig versicherte am Montag, die Brücke sei fertig.",
            "Hartwig bekräftigte am Montag, die Brücke sei fertig.",
            "Hartwig unterstrich am Montag, die Brücke sei fertig.",
            "Hartwig hob am Montag hervor, die Brücke sei fertig.",
            "Hartwig berichtete am Montag, die Brücke sei fertig.",
            "Hartwig schrieb am Montag, die Brücke sei fertig.",
            "Hartwig meinte am Montag, die Brücke sei fertig.",
            "Hartwig erläuterte am Montag, die Brücke sei fertig.",
            "Hartwig ergänzte am Montag, die Brücke sei fertig.",
            "Hartwig fügte am Montag hinzu, die Brücke sei fertig.",
            "Hartwig verkündete am Montag, die Brücke sei fertig.",
            "Hartwig bestätigte am Montag, die Brücke sei fertig.",
            "Hartwig räumte am Montag ein, die Brücke sei fertig.",
            "Hartwig gab am Montag zu, die Brücke sei fertig.",
            "Hartwig behauptete am Montag, die Brücke sei fertig.",
            "Hartwig beteuerte am Montag, die Brücke sei fertig.",
            "Hartwig versprach am Montag, die Brücke sei fertig.",
            "Hartwig verwies am Montag, die Brücke sei fertig.",
            "Hartwig argumentierte am Montag, die Brücke sei fertig.",
            "Hartwig klagte am Montag, die Brücke sei fertig.",
            "Hartwig beklagte am Montag, die Brücke sei fertig.",
            "Hartwig bemängelte am Montag, die Brücke sei fertig.",
            "Hartwig appellierte am Montag, die Brücke sei fertig.",
            "Hartwig rief am Montag auf, die Brücke sei fertig.",
            "Hartwig schlug am Montag vor, die Brücke sei fertig.",
            "Hartwig warf am Montag vor, die Brücke sei fertig.",
            "Hartwig wies am Montag zurück, die Brücke sei fertig.",
            "Hartwig dementierte am Montag, die Brücke sei fertig.",
            "Hartwig bestritt am Montag, die Brücke sei fertig.",
            "Hartwig bejahte am Montag, die Brücke sei fertig.",
            "Hartwig verneinte am Montag, die Brücke sei fertig.",
            "Hartwig antwortete am Montag, die Brücke sei fertig.",
            "Hartwig entgegnete am Montag, die Brücke sei fertig.",
            "Hartwig erwiderte am Montag, die Brücke sei fertig.",
            "Hartwig kommentierte am Montag, die Brücke sei fertig.",
            "Hartwig bilanzierte am Montag, die Brücke sei fertig.",
            "Hartwig schilderte am Montag, die Brücke sei fertig.",
            "Hartwig erzählte am Montag, die Brücke sei fertig.",
            "Hartwig sagte am Montag zu, die Brücke sei fertig.",
            "Hartwig drohte am Montag, die Brücke sei fertig.",
            "Hartwig vermeldete am Montag, die Brücke sei fertig.",
            "Hartwig meldete am Montag, die Brücke sei fertig.",
            "Hartwig gab am Montag bekannt, die Brücke sei fertig.",
            "Hartwig bat am Montag, die Brücke sei fertig.",
            "Hartwig sprach am Montag aus, die Brücke sei fertig.",
            "Hartwig plädierte am Montag, die Brücke sei fertig.",
            "Hartwig führte am Montag aus, die Brücke sei fertig.",
            "Hartwig stellte am Montag fest, die Brücke sei fertig.",
            "Hartwig stellte am Montag klar, die Brücke sei fertig.",
            "Hartwig merkte am Montag an, die Brücke sei fertig.",
            "Hartwig bemerkte am Montag, die Brücke sei fertig.",
            "Hartwig deutete am Montag an, die Brücke sei fertig.",
            "Hartwig signalisierte am Montag, die Brücke sei fertig.",
            "Hartwig prognostizierte am Montag, die Brücke sei fertig.",
            "Hartwig sagte am Montag vorher, die Brücke sei fertig.",
            "Hartwig machte am Montag deutlich, die Brücke sei fertig.",
            "Hartwig machte am Montag klar, die Brücke sei fertig.",
            "Hartwig riet am Montag ab, die Brücke sei fertig.",
            "Hartwig attestierte am Montag, die Brücke sei fertig.",
            "Hartwig empfahl am Montag, die Brücke sei fertig.",
            "Hartwig stellte am Montag in Aussicht, die Brücke sei fertig.",
            "Hartwig brachte am Montag zum Ausdruck, die Brücke sei fertig.",
            "Hartwig gab am Montag zu bedenken, die Brücke sei fertig.",
            "Hartwig gab am Montag zu verstehen, die Brücke sei fertig."

    })
    void should_attribute_the_statement_when_the_sentence_has_a_speech_verb_of_the_lexicon(String sentence) {
        assertThat(StatementFinder.find("Lindenau baut. " + sentence, HARTWIG))
                .containsExactly(new DraftStatement("Lena Hartwig", "indirect", "die Brücke sei fertig"));
    }

    @Test
    void should_end_the_speakers_continuation_when_it_is_said_who_knows_by_whom() {
        // Without "heißen" in the lexicon "hieß es" would not end Hartwig's turn, and the rumour would be hers.
        String text = "Hartwig sagte, die Brücke sei fertig. Später hieß es, der Termin wackle. Der Bau werde teurer.";
        assertThat(StatementFinder.find(text, HARTWIG))
                .containsExactly(new DraftStatement("Lena Hartwig", "indirect", "die Brücke sei fertig"));
    }

    @Test
    void should_end_the_speakers_continuation_when_something_transpires_from_nobody_named() {
        // Without "verlauten" in the lexicon "verlautete" would not end Hartwig's turn, and the rumour would be hers.
        String text = "Hartwig sagte, die Brücke sei fertig. Der Termin wackle, verlautete später. Der Bau werde teurer.";
        assertThat(StatementFinder.find(text, HARTWIG))
                .containsExactly(new DraftStatement("Lena Hartwig", "indirect", "die Brücke sei fertig"));
    }
}
