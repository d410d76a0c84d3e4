package news.summarizer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one lexicon: answers that word lists gave case by case before, from the general dictionary. */
class GermanLexiconTest {

    @Test
    void commonNounsAreToldFromNamesThatAreAlsoNouns() {
        // "Fischer" is a trade and a surname: a name may stand there. "Wahlurne" and "Jury" name no one.
        assertThat(GermanLexicon.isCommonNoun("Wahlurne")).isTrue();
        assertThat(GermanLexicon.isCommonNoun("Jury")).isTrue();
        assertThat(GermanLexicon.isCommonNoun("Fischer")).isFalse();
        assertThat(GermanLexicon.isCommonNoun("Görlitz")).isFalse();
    }

    @Test
    void anUnknownCompoundIsACommonNounByItsLastPart() {
        // Without the compound rule the dictionary's gaps ("Mondlandefähre" is not in it) would read as names.
        assertThat(GermanLexicon.lookup("Mondlandefähre").known()).isFalse();
        assertThat(GermanLexicon.compoundHead("Mondlandefähre")).isEqualTo("Fähre");
        assertThat(GermanLexicon.isCommonNoun("Mondlandefähre")).isTrue();
        assertThat(GermanLexicon.compoundHead("Hartwig")).isNull();
    }

    @Test
    void aPersonNounIsANounThatGermanFormsInBothGenders() {
        // Without the gender pair: "Organistin", "Kassenwart", "Anwältin" (umlaut), "Kundin" (-e dropped) and an
        // unknown compound ("Bootsbauer" by "Bauer") would not count as persons, and "Konzern", "Firma" would.
        assertThat(GermanLexicon.isPersonNoun("Organistin")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Kassenwart")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Kassenwarts")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Anwältin")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Kundin")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Bootsbauer")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Fährreederei-Betreiber")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Konzern")).isFalse();
        assertThat(GermanLexicon.isPersonNoun("Firma")).isFalse();
        // A surname as well ("Bauer", "Fischer"): before a name it may be the first name's family, not a title.
        assertThat(GermanLexicon.isPersonNoun("Bauer")).isFalse();
    }

    @Test
    void aNounInErerIsAPersonNounByItsFeminineInErin() {
        // Without the -erer rule: the feminine of "Zauberer" was sought as "Zaubererin", which German does not write
        // ("Zauberin"), so "Zauberer" and "Eroberer" were no person nouns and no titles before a name.
        assertThat(GermanLexicon.isPersonNoun("Zauberer")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Eroberer")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Ex-Eroberer")).isTrue();
    }

    @Test
    void anUnknownNounInLerIsAPersonNoun() {
        // Without the -ler rule: "Weltergewichtler" is in no dictionary and has no known last part, so it was no
        // person noun; the things in -ler are known words ("Fehler") or have a known last part ("Temperaturregler").
        assertThat(GermanLexicon.isPersonNoun("Weltergewichtler")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Mittelfeldler")).isTrue();
        assertThat(GermanLexicon.isPersonNoun("Fehler")).isFalse();
        assertThat(GermanLexicon.isPersonNoun("Temperaturregler")).isFalse();
    }

    @Test
    void aDemonymIsDerivedFromAPlaceInTheDictionary() {
        // Without the derivation rules: "Österreicher" (-er), "Russe" (-e for -land), "US-Amerikanerin" (-ner, -in)
        // would pass for roles; titles and trades must not be taken for people of a place.
        assertThat(GermanLexicon.isDemonym("Österreicher")).isTrue();
        assertThat(GermanLexicon.isDemonym("Russe")).isTrue();
        assertThat(GermanLexicon.isDemonym("US-Amerikanerin")).isTrue();
        assertThat(GermanLexicon.isDemonym("Engländerin")).isTrue(); // the umlaut of "England"
        assertThat(GermanLexicon.isDemonym("Niederländer")).isTrue(); // "Niederlande": umlaut, -e for -er
        assertThat(GermanLexicon.isDemonym("Organistin")).isFalse();
        assertThat(GermanLexicon.isDemonym("Kassenwart")).isFalse();
        assertThat(GermanLexicon.isDemonym("Berater")).isFalse();
    }

    @Test
    void firstNamesAndPlacesComeFromTheDictionary() {
        assertThat(GermanLexicon.isFirstName("Ilse")).isTrue();
        assertThat(GermanLexicon.isFirstName("Görlitz")).isFalse();
        assertThat(GermanLexicon.isPlace("Görlitz")).isTrue();
        assertThat(GermanLexicon.isPlace("Lausitz")).isTrue();
        assertThat(GermanLexicon.isPlace("Ilse")).isFalse();
    }

    @Test
    void genitivesLoseTheirEndingOnlyWhereTheDictionarySaysSo() {
        // Names ending in -er, -el, -en keep their letters; only the genitive -s comes off.
        assertThat(GermanLexicon.withoutGenitive("Müllers")).isEqualTo("Müller");
        assertThat(GermanLexicon.withoutGenitive("Schusters")).isEqualTo("Schuster");
        assertThat(GermanLexicon.withoutGenitive("Engels")).isEqualTo("Engel");
        assertThat(GermanLexicon.withoutGenitive("Bremens")).isEqualTo("Bremen");
        assertThat(GermanLexicon.withoutGenitive("Hauses")).isEqualTo("Haus");
        assertThat(GermanLexicon.withoutGenitive("Markus")).isEqualTo("Markus");
        assertThat(GermanLexicon.withoutGenitive("Kongress")).isEqualTo("Kongress");
        assertThat(GermanLexicon.withoutGenitive("Merz'")).isEqualTo("Merz");
        // Unknown to the dictionary: the rule it follows.
        assertThat(GermanLexicon.withoutGenitive("Wendtrups")).isEqualTo("Wendtrup");
    }

    @Test
    void theStemIsTheBaseFormNotASuffixCut() {
        assertThat(GermanLexicon.stem("müller")).isEqualTo("müller");
        assertThat(GermanLexicon.stem("deutschen")).isEqualTo("deutsch");
        assertThat(GermanLexicon.stem("kremls")).isEqualTo("kreml");
        assertThat(GermanLexicon.stem("schuster")).isEqualTo("schuster");
    }
}
