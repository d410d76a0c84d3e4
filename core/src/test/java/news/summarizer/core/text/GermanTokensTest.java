package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanTokensTest {

    private static List<String> tokens(String text) {
        return GermanTokens.tokenize(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void quotesBracketsAndClosingPunctuationComeOffTheWords() {
        // Without it „Wir" or "(DHB)" would hide a name from the name finder.
        assertThat(tokens("„Wir sind bereit“, sagte der Deutsche Handballbund (DHB).")).containsExactly(
                "„", "Wir", "sind", "bereit", "“", ",", "sagte", "der", "Deutsche", "Handballbund", "(", "DHB", ")", ".");
    }

    @Test
    void acuteAndGraveAccentsUsedAsQuotationMarksComeOffTheWordsButStayInsideThem() {
        // Without "´" and "`" among the quotation marks: "´Kolbrook" was one token the name finder did not read as a
        // name, and the school in quotes was missed; inside a word ("geht´s") the accent stays.
        assertThat(tokens("Die ´Kolbrook Medical School´ rekrutierte sie, so geht´s.")).containsExactly("Die", "´",
                "Kolbrook", "Medical", "School", "´", "rekrutierte", "sie", ",", "so", "geht´s", ".");
    }

    @Test
    void abbreviationsOrdinalsCompoundsAndNumbersStayWhole() {
        assertThat(tokens("Dr. Weber vom 1. FC Köln, US-Präsident, 3,5 Prozent, 21:28, z.B. heute."))
                .containsExactly("Dr.", "Weber", "vom", "1.", "FC", "Köln", ",", "US-Präsident", ",", "3,5", "Prozent",
                        ",", "21:28", ",", "z.B.", "heute", ".");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Anna  Roth.";
        List<TextSpan> spans = GermanTokens.tokenize(text);
        assertThat(spans).containsExactly(new TextSpan(2, 6), new TextSpan(8, 12), new TextSpan(12, 13));
    }
}
