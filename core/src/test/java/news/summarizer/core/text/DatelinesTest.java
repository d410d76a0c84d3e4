package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Without it an agency dateline would open the headline or the first summary sentence of most real news. */
class DatelinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Berlin (dpa) - Der Bundestag hat das Gesetz beschlossen.|Der Bundestag hat das Gesetz beschlossen.",
            "Stockholm (AFP) Die Akademie hat den Preis vergeben.|Die Akademie hat den Preis vergeben.",
            "Washington - Die Regierung kündigte Zölle an.|Die Regierung kündigte Zölle an.",
            "BERLIN (Reuters) – Die Inflation ist gesunken.|Die Inflation ist gesunken.",
            "Hamburg/Berlin (dpa/lno) - Der Hafen meldet Rekorde.|Der Hafen meldet Rekorde.",
            "FRANKFURT (dpa-AFX) - Die Lufthansa streicht Flüge.|Die Lufthansa streicht Flüge.",
            "Berlin (epd). Der Expertenrat legt seinen Bericht vor.|Der Expertenrat legt seinen Bericht vor.",
            "Frankfurt am Main (AFP) - Die Börse schloss fester.|Die Börse schloss fester.",
            "Frankfurt (Oder) - Die Brücke wird gesperrt.|Die Brücke wird gesperrt.",
            "Scharm el Scheich (dpa) - Die Konferenz endet.|Die Konferenz endet.",
            "FRANKFURT, July 10 (Reuters) - Shares fell sharply.|Shares fell sharply.",
            "Mannheim. In den Worten des Trainers lag Enttäuschung.|In den Worten des Trainers lag Enttäuschung.",
            "Frankfurt/Main Der Buchpreis wird verliehen.|Der Buchpreis wird verliehen.",
            "Brüssel — Die Kommission verhängt Strafen.|Die Kommission verhängt Strafen.",
    })
    void should_strip_the_dateline_when_a_sentence_opens_with_one(String sentence, String content) {
        assertThat(Datelines.strip(sentence)).isEqualTo(content);
        assertThat(sentence.substring(Datelines.leadingDatelineLength(sentence)).strip()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Der Minister - so heißt es - tritt zurück.",
            "Berlin-Mitte bekommt einen neuen Park.",
            "Angela Merkel (CDU) sagte am Montag, sie sei zufrieden.",
            "Die Stadt Lindenau (Sachsen) plant eine Brücke.",
            "Nein. Das Gericht sah es anders.",
            "Lena Hartwig unterschrieb den Vertrag.",
            "Merz, der Kanzler - so heißt es - zögert.",
            "Im Hafen von Kiel liegen drei Schiffe.",
    })
    void should_leave_the_sentence_alone_when_it_opens_with_content(String sentence) {
        assertThat(Datelines.leadingDatelineLength(sentence)).isZero();
        assertThat(Datelines.strip(sentence)).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Mannheim.", "Berlin (dpa) - ", "Stockholm (AFP)"})
    void should_leave_nothing_when_the_sentence_is_only_a_dateline(String sentence) {
        // A splitter may cut "Mannheim." off as a sentence of its own; it must not become a one-word headline.
        assertThat(Datelines.strip(sentence.strip())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Berlin (dpa) - Koalition einigt sich auf Haushalt|Koalition einigt sich auf Haushalt",
            "Merz – ein Kanzler unter Druck|Merz – ein Kanzler unter Druck",
            "Washington - Zölle auf Stahl|Washington - Zölle auf Stahl",
    })
    void should_strip_only_agency_datelines_when_text_is_model_written(String text, String expected) {
        // A model headline "Merz – ein Kanzler unter Druck" has the shape of a dateline but is none.
        assertThat(Datelines.stripAgencyDateline(text)).isEqualTo(expected);
    }

    @Test
    void should_cut_an_agency_credit_glued_after_the_last_sentence() {
        // Without it "… seien./abc/de" would end without closing punctuation and be taken for a heading.
        assertThat(Datelines.withoutTrailingCredit("Es bestehe Gefahr./abc/de/dpa")).isEqualTo("Es bestehe Gefahr.".length());
        assertThat(Datelines.withoutTrailingCredit("Die Strecke Hamburg/Berlin ist frei.")).isEqualTo(36);
    }
}
