package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.GermanLexicon;
import org.junit.jupiter.api.Test;

/**
 * The general-knowledge lists under {@code offline/} (country names, common first names, well-known places and
 * organisations, function words): each list loaded whole and checked for its shape, a few representative entries, and
 * one fictional text per list showing what the list changes (each fails with its list emptied). Entries are general
 * knowledge; hand-picked names that only one article needed do not belong here (see docs/names-and-entities.md).
 */
class ResourceListsTest {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'.-]*";

    @Test
    void should_hold_one_capitalised_country_name_a_line_without_repeats() throws IOException {
        List<String> entries = entries("countries.txt", true);

        assertThat(entries).hasSizeGreaterThan(100).doesNotHaveDuplicates()
                .allMatch(entry -> entry.matches(NAME_WORD + "( " + NAME_WORD + ")*"), "capitalised words")
                .contains("Frankreich", "Japan", "Vereinigte Staaten", "Südsudan", "Uruguay")
                .noneMatch(Lexicon.FIRST_NAMES::contains).noneMatch(Lexicon.ORGANIZATIONS::contains);
        // every country's genitive in -s is read back to the country ("Uruguays Regierung")
        assertThat(entries).filteredOn(entry -> !entry.matches(".*[sßxz]"))
                .allMatch(entry -> entry.equals(Lexicon.country(entry + "s")), "genitive read back");
    }

    @Test
    void should_type_a_country_the_dictionary_does_not_know_as_an_acting_country() {
        // Without countries.txt: "Uruguay" (no place in the dictionary) was a name of unknown kind named once and
        // dropped, although it acts.
        assertThat(GermanLexicon.isPlace("Uruguay")).isFalse();
        Map<String, Candidate> actors = ActorFilterTest.actors("Uruguay erhebt ab Montag neue Zölle auf Rindfleisch "
                + "aus dem Nachbarland.");

        assertThat(actors).containsKey("Uruguay");
        assertThat(actors.get("Uruguay").type()).isEqualTo(ActorType.COUNTRY);
    }

    @Test
    void should_hold_single_capitalised_first_names_without_repeats() throws IOException {
        List<String> entries = entries("first-names.txt", false);

        assertThat(entries).hasSizeGreaterThan(500).doesNotHaveDuplicates()
                .allMatch(entry -> entry.matches("\\p{Lu}\\p{Ll}[\\p{L}-]*"), "one capitalised word")
                .contains("Anna", "Thomas", "Zeynep", "Wolodymyr", "Imke")
                .noneMatch(entry -> Lexicon.country(entry) != null).noneMatch(Lexicon.ORGANIZATIONS::contains)
                .noneMatch(Lexicon.PLACES::contains);
    }

    @Test
    void should_type_a_person_when_a_listed_first_name_opens_the_name() {
        // Without first-names.txt: "Imke" (no first name in the dictionary) opened no name, so "Imke Kolbero" was
        // no candidate at all.
        assertThat(GermanLexicon.isFirstName("Imke")).isFalse();
        Map<String, Candidate> named = WordListsTest.typed("Imke Kolbero eröffnete am Montag die neue Fährlinie nach "
                + "Lindenau.");

        assertThat(named).containsKey("Imke Kolbero");
        assertThat(named.get("Imke Kolbero").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void should_hold_capitalised_places_without_repeats_apart_from_the_other_lists() throws IOException {
        List<String> entries = entries("places.txt", false);

        assertThat(entries).hasSizeGreaterThan(100).doesNotHaveDuplicates()
                .allMatch(entry -> entry.matches(NAME_WORD), "one capitalised word")
                .contains("Berlin", "Vilnius", "Nordrhein-Westfalen", "Mittelmeer", "Lausitz")
                .noneMatch(Lexicon.FIRST_NAMES::contains).noneMatch(Lexicon.ORGANIZATIONS::contains);
        // a city-state is named like its capital: the only name in both the place and the country list
        assertThat(entries).filteredOn(entry -> Lexicon.country(entry) != null).containsExactly("Luxemburg");
    }

    @Test
    void should_keep_a_listed_place_out_of_the_actors_when_it_only_stands_after_its_verb() {
        // Without places.txt: "Vilnius" (no place in the dictionary, no place-name ending) was a name of unknown kind
        // with a verb before it twice, so it passed for an acting subject.
        assertThat(GermanLexicon.isPlace("Vilnius")).isFalse();
        Map<String, Candidate> actors = ActorFilterTest.actors("Am Montag feierte Vilnius sein Stadtfest. Jedes Jahr "
                + "besuchen Vilnius viele Gäste aus Lindenau.");

        assertThat(actors).doesNotContainKey("Vilnius");
    }

    @Test
    void should_hold_organisations_as_names_or_abbreviations_without_repeats() throws IOException {
        List<String> entries = entries("organizations.txt", false);

        assertThat(entries).hasSizeGreaterThan(40).doesNotHaveDuplicates()
                .allMatch(entry -> entry.matches("[\\p{L}][\\p{L}\\d]*"), "one word")
                .contains("SPD", "Bundestag", "Nato", "dpa", "Frontex")
                .noneMatch(Lexicon.PLACES::contains).noneMatch(Lexicon.FIRST_NAMES::contains)
                .noneMatch(entry -> Lexicon.country(entry) != null);
    }

    @Test
    void should_type_a_listed_organisation_that_acts_once_as_an_organisation() {
        // Without organizations.txt: "Frontex" (unknown to the dictionary, no organisation head) was a name of unknown
        // kind named once and dropped.
        Map<String, Candidate> actors = ActorFilterTest.actors("Frontex meldet für den Sommer mehr Ankünfte an der "
                + "Küste von Lindenau.");

        assertThat(actors).containsKey("Frontex");
        assertThat(actors.get("Frontex").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_hold_lower_case_function_words_without_repeats() throws IOException {
        List<String> entries = entries("stopwords.txt", false);

        assertThat(entries).hasSizeGreaterThan(100).doesNotHaveDuplicates()
                .allMatch(entry -> entry.matches("\\p{Ll}+"), "lower case")
                .contains("und", "nicht", "dass", "sagte");
    }

    /** The raw entries of a list, in file order and with repeats, so that the shape checks see what the file holds. */
    private static List<String> entries(String name, boolean wholeLines) throws IOException {
        try (InputStream in = ResourceListsTest.class.getResourceAsStream("/offline/" + name)) {
            assertThat(in).as(name).isNotNull();
            List<String> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (wholeLines) {
                    entries.add(line.strip());
                } else {
                    entries.addAll(List.of(line.strip().split("\\s+")));
                }
            }
            return entries;
        }
    }
}
