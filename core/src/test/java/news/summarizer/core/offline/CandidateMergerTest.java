package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/** Stage "merge": one fictional text per rule of {@link CandidateMerger}; each fails with its rule switched off. */
class CandidateMergerTest {

    @Test
    void should_merge_an_abbreviation_when_brackets_introduce_it_after_the_full_name() {
        // Without it: "KÜLI", whose letters spell no initials of the name, stayed a second organisation.
        Map<String, Candidate> actors = ActorFilterTest.actors("Der Küstenbund Lindenau (KÜLI) sammelt am Samstag "
                + "Müll an der Küste. Der KÜLI rechnet mit 200 Helfern.");

        assertThat(actors).containsKey("Küstenbund Lindenau").doesNotContainKey("KÜLI");
        assertThat(actors.get("Küstenbund Lindenau").runs()).hasSize(3);
        assertThat(actors.get("Küstenbund Lindenau").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_drop_a_thing_named_after_a_person_when_the_person_is_an_actor() {
        // Without it: the "Hartwig-Plan" was a named candidate of its own beside the minister.
        String text = "Ministerin Lena Hartwig stellte am Montag den Hartwig-Plan vor. Der Hartwig-Plan sieht neue "
                + "Radwege vor. Hartwig sagte, der Hartwig-Plan koste wenig.";
        assertThat(ActorCollector.typed(text, ArticleAnalyzer.analyze(text))).extracting(Candidate::name)
                .contains("Lena Hartwig").doesNotContain("Hartwig-Plan");
    }
}
