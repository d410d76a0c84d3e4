package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/**
 * Stage "type", third pass ({@link TaggerEvidence}): names the rules leave of unknown kind take the trained tagger's
 * kind. Fictional texts; the company names are real ones that occur in no text we tuned on, because the tagger knows
 * names by their words as much as by their shape. Each test fails with its rule or guard switched off.
 */
class TaggerEvidenceTest {

    private static final String HEADING = "Netzausbau in Wendbach\n\n";

    @Test
    void should_type_companies_named_once_in_a_list_as_organisations() {
        // Without it: "Vodafone" stayed of unknown kind (OTHER), named once, and the filter dropped it.
        String text = HEADING + "Der Netzausbau in Wendbach stockt, kritisiert Bürgermeisterin Lena Hartwig. "
                + "Beteiligt sind Ericsson, Nokia und Vodafone. Hartwig sagte, sie erwarte mehr Tempo.";

        assertThat(named(text).get("Vodafone").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actors(text)).contains("Vodafone");
    }

    @Test
    void should_type_an_untitled_two_word_name_as_a_person() {
        // Without it: a first name missing from our lists left "Ottilie Marschner" of unknown kind, and dropped.
        String text = "Abschied in Wendbach\n\nDer Chor in Wendbach hat einen neuen Leiter. Auf dem Podium saß auch "
                + "Ottilie Marschner. Der Leiter sagte, er freue sich.";

        assertThat(named(text).get("Ottilie Marschner").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void should_type_a_name_after_a_title_abbreviation_as_a_person() {
        // Without it: the tagger's person "Dr. Ottilie Marschner" started one word before the run, so did not count.
        String text = "Abschied in Wendbach\n\nDer Chor in Wendbach hat einen neuen Leiter. Kulturdezernentin und "
                + "Stadträtin Dr. Ottilie Marschner lobte die Wahl. Der Leiter sagte, er freue sich.";

        assertThat(named(text).get("Ottilie Marschner").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void should_not_make_a_first_name_alone_a_person() {
        // Without the guard: the tagger reads "Thomas" as a person, and a bare first name became an actor.
        String text = "Abschied in Wendbach\n\nDer Chor in Wendbach hat einen neuen Leiter. Der Leiter sagte, er "
                + "freue sich. Am Ende sang Thomas ein Lied.";

        assertThat(named(text).get("Thomas").type()).isEqualTo(ActorType.OTHER);
    }

    @Test
    void should_not_make_a_name_only_governed_by_a_preposition_an_organisation() {
        // Without the guard: "für Vodafone" (tagged ORG) became an organisation as much as the listed "Zalando".
        String text = HEADING + "Der Netzausbau in Wendbach stockt, kritisiert Bürgermeisterin Lena Hartwig. "
                + "Sie warb für Vodafone und Zalando. Hartwig sagte, sie erwarte mehr Tempo.";

        Map<String, Candidate> named = named(text);
        assertThat(named.get("Vodafone").type()).isEqualTo(ActorType.OTHER);
        assertThat(named.get("Zalando").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    private static Map<String, Candidate> named(String text) {
        List<Candidate> candidates = ActorCollector.named(text, ArticleAnalyzer.analyze(text));
        return candidates.stream().collect(Collectors.toMap(Candidate::name, Function.identity()));
    }

    private static List<String> actors(String text) {
        return ActorCollector.collect(text, ArticleAnalyzer.analyze(text)).stream().map(Candidate::name).toList();
    }
}
