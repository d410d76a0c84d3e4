package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanSentencesTest {

    private static List<String> sentences(String text) {
        return GermanSentences.split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void ordinalsAbbreviationsAndInitialsDoNotEndASentence() {
        // Without these rules "am 12. März", "Dr. Weber" and "John F. Kennedy" would each cut a sentence in two.
        String text = "Am 12. März traf Dr. Weber den Vertreter des 1. FC Nordheim. Er zitierte John F. Kennedy. "
                + "Die Firma zahlt ca. 3 Mio. Euro.";
        assertThat(sentences(text)).containsExactly(
                "Am 12. März traf Dr. Weber den Vertreter des 1. FC Nordheim.",
                "Er zitierte John F. Kennedy.",
                "Die Firma zahlt ca. 3 Mio. Euro.");
    }

    @Test
    void aQuotationEndsWithItsClosingMarkAndALineBreakAlwaysEnds() {
        // Without the closing-quote rule the next sentence would start with "“"; without line breaks a heading
        // would run into the first paragraph.
        String text = "Neue Regeln für den Hafen\n„Wir sind bereit.“ Das sagte die Ministerin. Was folgt? Vieles!";
        assertThat(sentences(text)).containsExactly("Neue Regeln für den Hafen", "„Wir sind bereit.“",
                "Das sagte die Ministerin.", "Was folgt?", "Vieles!");
    }

    @Test
    void aFullStopBeforeLowerCaseOrInsideANumberIsNoEnd() {
        assertThat(sentences("Der Wert stieg auf 3.5 Prozent. usw. folgt klein.")).hasSize(1);
    }

    @Test
    void aFullStopGluedToTheNextSentenceEndsOneAfterAWordButNotInAnAbbreviation() {
        // Without it agency copy without the space ("teilte das Amt mit.Durch …") would read as one sentence, and the
        // inquit "Das teilte X mit." would not stand alone; "z.B.Die" and "3.5" stay whole.
        assertThat(sentences("Die Preise steigen. Das teilte das Amt mit.Durch die Krise fehlt Gas."))
                .containsExactly("Die Preise steigen.", "Das teilte das Amt mit.", "Durch die Krise fehlt Gas.");
        assertThat(sentences("Es gibt z.B.Die Regel und 3.5 Prozent.")).hasSize(1);
    }

    @Test
    void countsSentencesOfASummary() {
        assertThat(GermanSentences.count("Erster Satz. Zweiter Satz! Dritter Satz?")).isEqualTo(3);
        assertThat(GermanSentences.count("   ")).isZero();
    }

    @Test
    void findsTheSentenceAroundAnOffsetAndCutsALongOne() {
        String text = "Erster Satz hier. Die Ministerin Anna Roth sprach. Letzter Satz.";
        TextSpan span = GermanSentences.around(text, text.indexOf("Roth"), 300);
        assertThat(span.of(text)).isEqualTo("Die Ministerin Anna Roth sprach.");
        assertThat(GermanSentences.around(text, text.indexOf("Roth"), 10).length()).isLessThanOrEqualTo(10);
    }

    @Test
    void falseEndRecognisesPiecesThatStopAtAnAbbreviation() {
        assertThat(GermanSentences.falseEnd("Sie kam am 3.")).isTrue();
        assertThat(GermanSentences.falseEnd("Sie traf Prof.")).isTrue();
        assertThat(GermanSentences.falseEnd("Sie kam im Jahr 2024.")).isFalse();
    }
}
