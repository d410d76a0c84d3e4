package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {

    @Test
    void should_keep_dates_and_abbreviations_inside_the_sentence_when_splitting() {
        // Without it: "am 4. November", "Dr." and "ca." would cut sentences in half and the summary would quote stubs.
        String text = "Am 4. November trafen sich Dr. Anna Berger und Prof. Jonas Weil in Kassel. "
                + "Die Stadt zahlt ca. 3 Mio. Euro, z.B. für neue Busse. Danach war Schluss.";

        List<Sentence> sentences = ArticleAnalyzer.analyze(text);

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Am 4. November trafen sich Dr. Anna Berger und Prof. Jonas Weil in Kassel.",
                "Die Stadt zahlt ca. 3 Mio. Euro, z.B. für neue Busse.",
                "Danach war Schluss.");
    }

    @Test
    void should_separate_the_dateline_when_the_first_paragraph_opens_with_a_place() {
        // Without it: "Washington/Kiew (dpa) -" would open the summary and the cities would look like actors.
        String text = "Washington/Kiew (dpa) - Die Gespräche über einen Waffenstillstand gehen weiter.";

        Sentence sentence = ArticleAnalyzer.analyze(text).get(0);

        assertThat(sentence.body()).isEqualTo("Die Gespräche über einen Waffenstillstand gehen weiter.");
        assertThat(text.substring(sentence.bodyStart())).isEqualTo(sentence.body());
    }

    @Test
    void should_mark_subheadings_when_a_line_has_no_closing_punctuation() {
        // Without it: a subheading such as "Kritik aus der Opposition" could be quoted as a summary sentence.
        String text = "Der Landtag stimmte dem Gesetz am Abend zu.\n\nKritik aus der Opposition\n\nDie Grünen lehnten ab.";

        List<Sentence> sentences = ArticleAnalyzer.analyze(text);

        assertThat(sentences).extracting(Sentence::heading).containsExactly(false, true, false);
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
    }

    @Test
    void should_tag_titled_names_as_compound_and_proper_nouns_when_a_hyphen_joins_words() {
        // Without it: "US" would be an actor of its own and "Strack-Zimmermann" two half names.
        Sentence sentence = ArticleAnalyzer.analyze("Die US-Außenministerin traf Anna Strack-Zimmermann in Bonn.").get(0);

        assertThat(sentence.words()).extracting(Word::text)
                .contains("US-Außenministerin", "Strack-Zimmermann").doesNotContain("US", "-");
        assertThat(sentence.words()).allSatisfy(word ->
                assertThat(sentence.text().substring(word.start() - sentence.start(), word.end() - sentence.start()))
                        .isEqualTo(word.text()));
    }

    @Test
    void should_detect_a_quotation_fragment_when_a_quote_spans_several_sentences() {
        // Without it: half a quotation without its speaker could become a summary sentence.
        List<Sentence> sentences = ArticleAnalyzer.analyze(
                "Dazu sagte sie: „Wir bleiben dabei. Das ist unser Weg.“ Der Rat vertagte sich.");

        assertThat(sentences).filteredOn(Sentence::quoteOnly).isNotEmpty();
        assertThat(sentences.get(sentences.size() - 1).quoteOnly()).isFalse();
    }
}
