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
}
