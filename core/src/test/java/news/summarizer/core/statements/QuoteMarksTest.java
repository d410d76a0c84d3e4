package news.summarizer.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of a statement without the marks around them, never half a quotation. */
class QuoteMarksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a quotation copied with its marks loses them, in every German style
            "„Wir liegen im Plan“|Wir liegen im Plan",
            "»Wir liegen im Plan«|Wir liegen im Plan",
            "«Wir liegen im Plan»|Wir liegen im Plan",
            "\"Wir liegen im Plan\"|Wir liegen im Plan",
            "„Wir liegen im ‚Plan B‘“|Wir liegen im ‚Plan B‘",
            // without the check for a quotation inside the words, each lost one mark and kept half a quotation
            "Die Position sei „unverändert“|Die Position sei „unverändert“",
            "„Plan B“ sei gescheitert|„Plan B“ sei gescheitert",
            "Die Lage sei »ernst«|Die Lage sei »ernst«",
            "Die Lage sei \"ernst\"|Die Lage sei \"ernst\"",
            "Ohne Marken|Ohne Marken"
    })
    void should_strip_the_marks_around_the_words_but_not_those_of_a_quotation_inside(String words, String stripped) {
        assertThat(QuoteMarks.strip(words)).isEqualTo(stripped);
    }
}
