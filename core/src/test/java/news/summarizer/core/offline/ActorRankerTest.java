package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/** Stage "rank": {@link ActorRanker} on fictional text. */
class ActorRankerTest {

    @Test
    void should_report_at_most_three_countries_when_more_act() {
        // Without it: five acting countries filled the list and pushed the negotiator down.
        String text = "Norwegen und Schweden einigen sich auf neue Fangquoten. Dänemark lehnt den Plan ab. Finnland "
                + "kündigt Widerstand an. Island verlangt Nachverhandlungen. Unterhändlerin Ada Brink sprach von einem "
                + "guten Tag.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        List<Candidate> actors = ActorCollector.collect(text, sentences);

        List<Candidate> ranked = ActorRanker.rank(actors, List.of(), sentences);

        assertThat(actors.stream().filter(actor -> actor.type() == ActorType.COUNTRY)).hasSizeGreaterThan(3);
        assertThat(ranked.stream().filter(actor -> actor.type() == ActorType.COUNTRY)).hasSize(3);
        assertThat(ranked).extracting(Candidate::name).contains("Ada Brink");
    }

    @Test
    void should_rank_a_person_before_an_organisation_when_both_are_named_alike() {
        // Without the kind's weight: equal scores kept the order of first mention, the company before the person.
        String text = "Die Kolberon AG und Mira Lenz stellten am Montag den Plan vor. Die Kolberon AG und Lenz wollen im "
                + "Mai beginnen.";
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);

        List<Candidate> ranked = ActorRanker.rank(ActorCollector.collect(text, sentences), List.of(), sentences);

        assertThat(ranked).extracting(Candidate::name).containsExactly("Mira Lenz", "Kolberon AG");
    }
}
