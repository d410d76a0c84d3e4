package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {

    @Test
    void genitiveEndingsComeOffButNamesEndingInSStay() {
        assertThat(NameForms.withoutGenitive("Strafgerichtshofs")).isEqualTo("Strafgerichtshof");
        assertThat(NameForms.withoutGenitive("Hauses")).isEqualTo("Haus");
        assertThat(NameForms.withoutGenitive("Merz'")).isEqualTo("Merz");
        assertThat(NameForms.withoutGenitive("Markus")).isEqualTo("Markus");
        assertThat(NameForms.withoutGenitive("Kongress")).isEqualTo("Kongress");
    }

    @Test
    void mentionsFindsInflectedWholeWordsOnly() {
        // Without word boundaries "EU" would be found inside "neue"; without endings "Putins" would be missed.
        assertThat(NameForms.mentions("Putins Sprecher widersprach.", "Putin")).isTrue();
        assertThat(NameForms.mentions("Merz' Kurs bleibt umstritten.", "Merz")).isTrue();
        assertThat(NameForms.mentions("Eine neue Regel.", "EU")).isFalse();
        assertThat(NameForms.count("Roth sprach. Roths Plan. Rothenburg liegt fern.", "Roth")).isEqualTo(2);
    }

    @Test
    void declinedPatternFindsEveryCaseFormOfAMultiWordName() {
        var pattern = NameForms.declined("deutsche bahn");
        assertThat(pattern.matcher("vorstand der deutschen bahn sagte").find()).isTrue();
        assertThat(NameForms.declined("kreml").matcher("ein sprecher des kremls").find()).isTrue();
        assertThat(NameForms.declined("eu").matcher("eine neue regel").find()).isFalse();
    }

    @Test
    void sameNameIgnoresCaseDiacriticsAndGenitive() {
        assertThat(NameForms.sameName("Söders", "soder")).isTrue();
        assertThat(NameForms.sameName("Weiß", "Weiss")).isTrue();
        assertThat(NameForms.sameName("Roth", "Rath")).isFalse();
    }

    @Test
    void declinedPatternFindsGenitivesOfNamesEndingInErElEn() {
        // A suffix cut by rule turned "müller" into "müll", which never matched "müllers".
        assertThat(NameForms.declined("müller").matcher("müllers mannschaft gewann").find()).isTrue();
        assertThat(NameForms.declined("schuster").matcher("schusters plan").find()).isTrue();
        assertThat(NameForms.declined("engel").matcher("engels rede").find()).isTrue();
        assertThat(NameForms.declined("bremen").matcher("bremens hafen").find()).isTrue();
        assertThat(NameForms.declined("von der leyen").matcher("von der leyens vorschlag").find()).isTrue();
        assertThat(NameForms.declined("strack-wendel").matcher("strack-wendels antrag").find()).isTrue();
        assertThat(NameForms.declined("müller").matcher("der müll lag").find()).isFalse();
    }

    @Test
    void codesWithDigitsMatchOnlyAsWritten() {
        assertThat(NameForms.declined("h5n8").matcher("des typs h5n8 wurde").find()).isTrue();
        assertThat(NameForms.declined("h5n8").matcher("des typs h5n1 wurde").find()).isFalse();
        assertThat(NameForms.declined("a380").matcher("ein a380 landete").find()).isTrue();
        assertThat(NameForms.declined("a380").matcher("ein a3800 landete").find()).isFalse();
        assertThat(NameForms.declined("covid-19").matcher("an covid-19 erkrankt").find()).isTrue();
    }
}
