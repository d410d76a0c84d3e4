package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Entries of {@link Lexicon}'s own lists, one case each; every case fails with its entry removed. */
class LexiconListsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Regierungskoalition", "Pressekonferenz", "Videokonferenz", "Telefonkonferenz",
            "Regierungsfraktion", "Bundesregierung", "Landesregierung", "Staatsregierung", "Bundesverband",
            "Landesverband"})
    void should_not_take_a_compound_for_one_institution_when_it_names_a_kind(String kind) {
        // NOT_INSTITUTIONS: "Pressekonferenz" ends like "Inselkonferenz", "Landesregierung" starts like
        // "Landesamt"; by themselves they name a kind of meeting, government or association, which a place or a
        // field must complete ("Landesregierung von Kolbersund").
        assertThat(Lexicon.isNamedInstitution(kind)).isFalse();
    }

    @Test
    void should_read_a_country_in_the_genitive() {
        // Without the genitive: "Norwegens" (in "Norwegens Fischer") was no country.
        assertThat(Lexicon.country("Norwegens")).isEqualTo("Norwegen");
        assertThat(Lexicon.country("Lindenaus")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hafenministerium", "Inselfraktion", "Hafenkoalition", "Inselkabinett", "Fährkonferenz",
            "Hafengewerkschaft"})
    void should_take_a_compound_for_one_institution_when_its_head_is_specific_with_any_modifier(String word) {
        // STANDALONE_HEADS: "Hafenministerium" names one ministry although "Hafen" is no "Bundes-" or "Landes-";
        // "Hafenverband" still needs a place ("Hafenverband Lindenau"); a court or a chamber does not since the fourth
        // session ("Hafengericht", "Küstenkammer": see PrecisionRulesTest).
        assertThat(Lexicon.isNamedInstitution(word)).isTrue();
        assertThat(Lexicon.isNamedInstitution("Hafenverband")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fährministerium", "Fährgericht", "Inselgerichtshof", "Fähragentur", "Inselbundesamt",
            "Insellandesamt", "Fährbehörde", "Inselfraktion", "Hafenkoalition", "Inselkabinett", "Fährverband",
            "Inselkommission", "Fährinstitut", "Fährgewerkschaft", "Inselstaatsanwaltschaft", "Inselparlament",
            "Fährregierung", "Inselbundesanstalt", "Inselzentralbank", "Inselrichterbund", "Fährgesellschaft",
            "Hafenkonferenz", "Inselfestspiele", "Fährkammer", "Hafenverwaltung", "Fährstiftung"})
    void should_find_an_institution_head_when_a_compound_ends_in_it(String word) {
        // INSTITUTION_HEADS: "Fährgericht" can be completed by a place ("Fährgericht Lindenau"); "Gericht" alone
        // (too short a modifier) and "Fährhafen" (no institution) cannot.
        assertThat(Lexicon.hasInstitutionHead(word)).isTrue();
        assertThat(Lexicon.hasInstitutionHead("Gericht")).isFalse();
        assertThat(Lexicon.hasInstitutionHead("Fährhafen")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Inselbahn", "Fährkommission", "Inselpartei", "Fährverband", "Inselbund",
            "Fährministerium", "Inselregierung", "Fährbank", "Inselgericht", "Fährgerichtshof", "Inselunion",
            "Deichrat", "Fähragentur", "Inselkonzern", "Fährinstitut", "Inseluniversität", "Fährstiftung", "Deichamt",
            "Fährbehörde", "Inselpolizei", "Inselarmee", "Fährgewerkschaft", "Inselverein", "Fährakademie",
            "Inselparlament", "Fährkomitee", "Inselkammer", "Fährversicherung", "Inselzeitung", "Fährfraktion",
            "Inselverwaltung", "Inselstaatsanwaltschaft", "Fährorganisation", "Inseldienst"})
    void should_take_a_word_for_an_organisations_head_when_it_ends_like_one(String word) {
        // ORGANIZATION_ENDINGS: "Inselbahn", "Deichrat" end like an organisation; "Inselhafen" does not.
        assertThat(Lexicon.isOrganizationHead(word)).isTrue();
        assertThat(Lexicon.isOrganizationHead("Inselhafen")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weißes Haus", "Kolberon AG", "Kolberon GmbH", "Kolberon SE", "Kolberon KG",
            "Kolberon News", "Talvenwerk-Gruppe", "Kolberon Holding", "Kolberon Airlines", "Talvenwerk-Werke",
            "Kolberon Sender", "Kolberon Post"})
    void should_take_a_whole_word_for_an_organisations_head(String name) {
        // ORGANIZATION_WORDS count only as whole words: "Haus" ends an institution, "Feldhaus" is a surname.
        String head = name.substring(Math.max(name.lastIndexOf(' '), name.lastIndexOf('-')) + 1);
        assertThat(Lexicon.isOrganizationHead(head) || Lexicon.isOrganizationHead(name)).isTrue();
        assertThat(Lexicon.isOrganizationHead("Feldhaus")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Deichamt", "Deichrat", "Fährinstitut", "Inselkommission", "Fähragentur",
            "Hafenministerium", "Fährbehörde", "Inselstiftung", "Fährverband", "Inselakademie", "Fährkomitee",
            "Inselgesellschaft", "Fährgericht", "Inselgerichtshof", "Inselbund", "Inselbundesanstalt", "Fährkammer"})
    void should_take_the_fuer_complement_into_the_name_when_the_head_is_named_by_it(String word) {
        // COMPLEMENT_HEADS: "Deichrat für Küstenschutz" is one name; a bank's "für" says what for
        // ("Inselbank für Darlehen").
        assertThat(Lexicon.takesNamingComplement(word)).isTrue();
        assertThat(Lexicon.takesNamingComplement("Inselbank")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Karl-Brink-Institut", "Elbtal-Klinikum", "Elbtal-Klinik", "Karl-Brink-Zentrum",
            "Tilde-Marquardt-Stiftung", "Karl-Brink-Gesellschaft", "Karl-Brink-Universität", "Elbtal-Hochschule",
            "Karl-Brink-Akademie", "Elbtal-Verband", "Elbtal-Verein", "Tilde-Marquardt-Museum", "Elbtal-Theater",
            "Elbtal-Orchester"})
    void should_take_a_hyphenated_name_for_one_institution_when_it_ends_in_a_named_head(String word) {
        // NAMED_HEADS: after a name joined by hyphens the head makes one particular institution;
        // "Karl-Brink-Platz" stays a street.
        assertThat(Lexicon.isNamedInstitution(word)).isTrue();
        assertThat(Lexicon.isNamedInstitution("Karl-Brink-Platz")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kolberdorf", "Kolberhausen", "Kolberingen", "Kolberheim", "Kolberstadt", "Kolberburg",
            "Kolberberg", "Kolberthal", "Kolbertal", "Kolberfurt", "Kolberfeld", "Kolberbach", "Kolberstedt",
            "Kolberleben", "Kolberrode", "Kolberkirchen", "Kolberhagen", "Kolbermünde", "Kolberstraße",
            "Kolberstrasse", "Kolbergasse", "Kolberallee", "Kolberufer", "Kolberweg", "Kolberplatz", "Kolberdamm",
            "Kolberchaussee"})
    void should_read_a_place_ending_when_a_name_ends_in_one(String name) {
        // Toponyms.ENDINGS: an unknown "Kolberfurt" is a place (or a surname), never a thing; "Kolberon" is neither.
        assertThat(Toponyms.hasPlaceEnding(name)).isTrue();
        assertThat(Toponyms.hasPlaceEnding("Kolberon")).isFalse();
    }
}
