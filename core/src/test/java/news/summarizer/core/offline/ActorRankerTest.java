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
    @Test
    void should_rank_a_titled_person_before_an_untitled_one_named_alike() {
        // Without the title's bonus: equal scores kept the order of first mention.
        assertThat(ranked("Mira Lenz und Ministerin Ada Brink stellten am Montag den Plan vor.", -1))
                .containsExactly("Ada Brink", "Mira Lenz");
    }

    @Test
    void should_rank_a_person_named_more_often_first() {
        // Without the mentions' weight: equal scores kept the order of first mention.
        assertThat(ranked("Mira Lenz und Ada Brink stellten am Montag den Plan vor. Brink sagte, er koste wenig. "
                + "Brink will im Mai beginnen.", -1)).startsWith("Ada Brink");
    }

    @Test
    void should_rank_a_person_named_early_before_one_named_late_but_twice() {
        // Without the early mention's weight: two late mentions outweighed one in the first sentence.
        assertThat(ranked("Mira Lenz stellte am Montag den Plan vor. Der Hafen soll wachsen. Die Fähre fährt öfter. "
                + "Die Stadt zahlt die Hälfte. Ada Brink und Brink allein, so heißt ihr Buch.", -1))
                .startsWith("Mira Lenz");
    }

    @Test
    void should_rank_a_person_named_in_the_summary_first() {
        // Without the summary's bonus: the person named first ranked first, though only the other is in the summary.
        assertThat(ranked("Mira Lenz stellte am Montag den Plan vor. Ada Brink lobte ihn.", 1))
                .startsWith("Ada Brink");
    }

    /** Ranked names of the text's actors, with sentence {@code summarySentence} as the summary (-1: none). */
    private static List<String> ranked(String text, int summarySentence) {
        List<Sentence> sentences = ArticleAnalyzer.analyze(text);
        List<RankedSentence> summary = summarySentence < 0 ? List.of()
                : List.of(new RankedSentence(sentences.get(summarySentence), null, 1.0, true));
        return ActorRanker.rank(ActorCollector.collect(text, sentences), summary, sentences).stream()
                .map(Candidate::name).toList();
    }
}
