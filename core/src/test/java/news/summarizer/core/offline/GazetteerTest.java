package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import news.summarizer.core.text.GermanLexicon;
import org.junit.jupiter.api.Test;

/**
 * The name tagger's gazetteers ({@code offline/gazetteer/}, built by {@link GazetteerBuild}): each list loaded whole and
 * checked for its shape, and per list a fictional sentence whose tagging the list changes. The place and person names
 * used are real entries of the lists that the German dictionary does not know and that the GermEval dev split, which
 * the shipped model was trained on, does not contain: only the list can tell the tagger what they are.
 */
class GazetteerTest {

    @Test
    void should_hold_sorted_capitalised_place_names_of_the_world() throws IOException {
        List<String> places = entries("places.txt.gz");

        assertThat(places).hasSizeGreaterThan(20_000).isSorted().doesNotHaveDuplicates()
                .allMatch(name -> Character.isUpperCase(name.codePointAt(0)), "capitalised")
                .contains("Vantaa", "Kisumu", "Toamasina", "San Cristóbal", "Hamburg");
    }

    @Test
    void should_hold_sorted_capitalised_first_names_and_surnames() throws IOException {
        List<String> people = entries("people.txt.gz");

        assertThat(people).hasSizeGreaterThan(30_000).isSorted().doesNotHaveDuplicates()
                .allMatch(name -> Character.isUpperCase(name.codePointAt(0)), "capitalised")
                .contains("Sargsyan", "Okonkwo", "Kovacevic", "Abernathy");
    }

    @Test
    void should_ship_the_conversion_of_the_name_lists() throws IOException {
        // Without it: a list changed by GazetteerBuild (test resources) would leave the shipped gazetteer stale.
        byte[] shipped;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.SHIPPED)) {
            assertThat(in).as(Gazetteer.SHIPPED).isNotNull();
            shipped = in.readAllBytes();
        }

        assertThat(GazetteerConverter.convert()).isEqualTo(shipped);
    }

    @Test
    void should_find_every_listed_name_with_the_kinds_of_its_lists() throws IOException {
        // Without it: a name lost or mistyped in the merge or the flat file (a wrong length byte shifts every
        // later name) would only show as a slightly worse tagger.
        List<String> people = entries("people.txt.gz");
        List<String> places = entries("places.txt.gz");
        java.util.Set<String> both = new java.util.HashSet<>(people);
        both.retainAll(new java.util.HashSet<>(places));
        Gazetteer shipped = Gazetteer.shipped();

        assertThat(both).isNotEmpty();
        for (String person : people) {
            assertThat(shipped.kinds(person)).as(person)
                    .containsExactly(both.contains(person) ? new String[] {"person", "place"} : new String[] {"person"});
        }
        for (String place : places) {
            assertThat(shipped.kinds(place)).as(place)
                    .containsExactly(both.contains(place) ? new String[] {"person", "place"} : new String[] {"place"});
        }
        assertThat(shipped.kinds("Kurumegala")).isEmpty();
        java.util.Map<String, Integer> longest = new java.util.HashMap<>();
        for (String name : places) {
            String[] words = name.split(" ");
            if (words.length > 1 && words.length <= Gazetteer.MAX_WORDS) {
                longest.merge(words[0], words.length, Math::max);
            }
        }
        longest.forEach((first, words) -> assertThat(shipped.longestFrom(first)).as(first).isEqualTo(words));
        assertThat(longest).containsEntry("Rio", 4).doesNotContainKey("Cristóbal");
        assertThat(shipped.longestFrom("Cristóbal")).isZero();
    }

    @Test
    void should_mark_every_word_of_a_listed_place_of_several_words() {
        // Without the runs of several words only single words would be looked up: "Cristóbal" alone is no place.
        String[] words = {"Die", "Fähre", "nach", "San", "Cristóbal", "fällt", "aus", "."};

        assertThat(Gazetteer.shipped().runKinds(words, 3)).containsExactly("B-place");
        assertThat(Gazetteer.shipped().runKinds(words, 4)).containsExactly("I-place");
        assertThat(Gazetteer.shipped().runKinds(words, 2)).isEmpty();
        assertThat(Gazetteer.shipped().runKinds(words, 5)).isEmpty();
    }

    @Test
    void should_let_the_shipped_tagger_read_a_listed_town_as_a_place() {
        // Without places.txt.gz "Kurunegala" is an unknown capitalised word that the shipped model reads as a person
        // here, as it does "Kurumegala" (not listed; same first and last four letters, so the same features but the
        // list's).
        assertThat(GermanLexicon.lookup("Kurunegala").known()).isFalse();

        assertThat(tag("Gestern", "besuchte", "Kurunegala", "die", "Messe", ".")[2]).isEqualTo("B-LOC");
        assertThat(tag("Gestern", "besuchte", "Kurumegala", "die", "Messe", ".")[2]).isEqualTo("B-PER");
    }

    @Test
    void should_let_the_shipped_tagger_read_a_listed_surname_as_a_person() {
        // Without people.txt.gz the shipped model reads "Kovacevic" here as a place, as it does "Kovaxevic" (not
        // listed; same first and last four letters).
        assertThat(GermanLexicon.lookup("Kovacevic").known()).isFalse();

        assertThat(tag("Auch", "Kovacevic", "hat", "eine", "neue", "Fähre", ".")[1]).isEqualTo("B-PER");
        assertThat(tag("Auch", "Kovaxevic", "hat", "eine", "neue", "Fähre", ".")[1]).isEqualTo("B-LOC");
    }

    @Test
    void should_carry_what_training_learned_of_listed_names_over_to_listed_names_it_never_saw() {
        // Places, persons and invented company names in one context, so only the lists tell them apart: with either
        // list emptied the unseen "Vantaa" or "Okonkwo" reads like the invented names and is typed an organisation.
        List<String> places = List.of("Toamasina", "Kisumu", "Mossoró", "Bobbili");
        List<String> people = List.of("Sargsyan", "Kovacevic", "Sarkissian", "Abernathy");
        List<String> companies = List.of("Brunnatex", "Velorimo", "Quandrix", "Solvenhag");
        List<List<String>> tokens = new ArrayList<>();
        List<List<String>> gold = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            for (String[] named : new String[][] {{places.get(k), "B-LOC"}, {people.get(k), "B-PER"},
                    {companies.get(k), "B-ORG"}}) {
                tokens.add(List.of("Gestern", "besuchte", named[0], "die", "Messe", "."));
                gold.add(List.of("O", "O", named[1], "O", "O", "O"));
            }
        }
        NameTagger trained = NameTaggerTraining.train(tokens, gold);

        assertThat(tagged(trained, "Vantaa")).isEqualTo("B-LOC");
        assertThat(tagged(trained, "Okonkwo")).isEqualTo("B-PER");
        assertThat(tagged(trained, "Markolin")).isEqualTo("B-ORG");
    }

    private static String tagged(NameTagger tagger, String name) {
        return tagger.tag(EntityFinder.inputOfTokens(List.of("Gestern", "besuchte", name, "die", "Messe", ".")))[2];
    }

    private static String[] tag(String... words) {
        return NameTagger.shipped().tag(EntityFinder.inputOfTokens(List.of(words)));
    }

    private static List<String> entries(String resource) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/offline/gazetteer/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                entries.add(line);
            }
        }
        return entries;
    }
}
