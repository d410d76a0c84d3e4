package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NameFinder} on sentences whose part-of-speech tags the test sets: the rules for what the tagger puts into a
 * name run ("Pastor/PROPN Jens/PROPN Ohlsen/PROPN") must not depend on which names the tagger happens to know.
 */
class NameFinderTest {

    @Test
    void should_start_a_person_name_after_a_common_noun_the_tagger_put_into_the_run() {
        // Without it: "Pastor Eckhard Ohlsen" was reported as the person's name, title and all ("Eckhard" is a first
        // name the dictionary knows and our list lacks).
        assertThat(runs("Dann/ADV sprach/VERB Pastor/PROPN Eckhard/PROPN Ohlsen/PROPN ./PUNCT"))
                .containsExactly("Eckhard Ohlsen");
    }

    @Test
    void should_start_a_name_after_a_kinship_noun() {
        // Without it: "Gattin Ingrid" was a two-word name that is no one's.
        assertThat(runs("Mit/ADP dabei/ADV war/AUX seine/DET Gattin/PROPN Ingrid/PROPN ./PUNCT")).containsExactly("Ingrid");
    }

    @Test
    void should_start_an_organisation_name_after_the_genitive_of_its_kind() {
        // Without it: "Branchenverbands Velko" was an organisation's name in the genitive.
        assertThat(runs("Kritik/NOUN kam/VERB vom/ADP Chef/NOUN des/DET Branchenverbands/PROPN Velko/PROPN ./PUNCT"))
                .containsExactly("Velko");
    }

    @Test
    void should_keep_a_common_noun_before_a_legal_form_as_the_company_name() {
        // Without the legal-form guard: "Nordlicht" (also a common noun) before "AG" was taken for a description of
        // an acronym, and the company "Nordlicht AG" became "AG".
        assertThat(runs("Die/DET Nordlicht/PROPN AG/PROPN kündigte/VERB an/ADP ./PUNCT")).containsExactly("Nordlicht AG");
    }

    @Test
    void should_keep_an_institution_named_by_its_place() {
        // Without the place guard: "Knabenchor Görlitz" lost "Knabenchor", and a choir became a town.
        assertThat(runs("Der/DET Knabenchor/PROPN Görlitz/PROPN sang/VERB ./PUNCT"))
                .containsExactly("Knabenchor Görlitz");
    }

    @Test
    void should_keep_a_short_noun_before_a_surname_as_a_possible_first_name() {
        // Without the guard: "Toto Lindqvist" lost "Toto" (also a common noun), a first name the lists lack.
        assertThat(runs("Dann/ADV sang/VERB Toto/PROPN Lindqvist/PROPN ./PUNCT")).containsExactly("Toto Lindqvist");
    }

    @Test
    void should_not_read_particles_before_a_code_as_a_surname() {
        // Without it: "von der K7 erzählte" made "von der K7" a person like "von der Heide", from an aircraft's code.
        assertThat(runs("Gern/ADV erzählte/VERB von/ADP der/DET K7/PROPN auch/ADV Jens/PROPN Ohlsen/PROPN ./PUNCT"))
                .contains("Jens Ohlsen").doesNotContain("von der K7");
    }

    @Test
    void should_group_an_abbreviation_and_its_plural_under_one_name() {
        // Without it (CandidateFinder's key): "KVB" and its plural "KVBs" were two candidates, reported twice.
        Sentence sentence = sentence("Die/DET KVB/PROPN kauft/VERB zwei/NUM KVBs/PROPN ./PUNCT");

        assertThat(CandidateFinder.find(sentence.text(), List.of(sentence))).extracting(Candidate::name)
                .containsExactly("KVB");
    }

    @Test
    void should_start_a_name_after_a_hyphenated_compound_of_common_nouns() {
        // Without it: "Konzern-Sparte KVB" kept the description in the name (its last part is no dictionary word).
        assertThat(runs("Auch/ADV die/DET Konzern-Sparte/PROPN KVB/PROPN klagt/VERB ./PUNCT")).containsExactly("KVB");
    }

    @Test
    void should_keep_an_unhyphenated_compound_before_a_word_of_another_language() {
        // Without the guard: "Sonnenschirm Records" lost its first word, read as a compound noun describing "Records".
        assertThat(runs("Dann/ADV spielte/VERB Sonnenschirm/PROPN Records/PROPN auf/ADP ./PUNCT"))
                .containsExactly("Sonnenschirm Records");
    }

    @Test
    void should_not_list_a_compound_of_common_nouns_with_an_organisation() {
        // Without the guard: "Hass-Briefe und die KVX" made the letters an organisation like the KVX.
        Sentence sentence = sentence("Hartwig/PROPN kritisierte/VERB Hass-Briefe/PROPN und/CCONJ die/DET KVX/PROPN ./PUNCT");
        List<Candidate> typed = NameTyper.listedWithOrganizations(
                NameTyper.type(CandidateFinder.find(sentence.text(), List.of(sentence)), sentence.text()));

        assertThat(typed).filteredOn(candidate -> candidate.name().equals("Hass-Briefe"))
                .extracting(Candidate::type).containsExactly((news.summarizer.core.summary.ActorType) null);
    }

    @Test
    void should_not_report_a_bare_kind_of_company() {
        // Without it: "Konzern", tagged as a proper noun twice, was an actor beside the company it refers back to.
        Sentence sentence = sentence("Der/DET Konzern/PROPN zahlt/VERB ,/PUNCT sagte/VERB Ada/PROPN Brink/PROPN ./PUNCT "
                + "Der/DET Konzern/PROPN will/AUX sparen/VERB ./PUNCT");

        assertThat(ActorCollector.collect(sentence.text(), List.of(sentence))).extracting(Candidate::name)
                .contains("Ada Brink").doesNotContain("Konzern");
    }

    @Test
    void should_not_report_a_party_and_parliament_named_only_in_a_politicians_label() {
        // Without it: "Sprecherin der Grünen im Landtag" made the party and the parliament two actors.
        Sentence sentence = sentence("Kritik/NOUN kam/VERB von/ADP Ada/PROPN Brink/PROPN ,/PUNCT Sprecherin/NOUN "
                + "der/DET Grünen/PROPN im/ADP+DET Landtag/PROPN ./PUNCT");

        assertThat(ActorCollector.collect(sentence.text(), List.of(sentence))).extracting(Candidate::name)
                .contains("Ada Brink").doesNotContain("Grünen", "Landtag");
    }

    @Test
    void should_keep_a_body_named_after_a_title_alone() {
        // Without the "im" condition: "Sprecher des Elbtal-Klinikums" dropped the clinic that speaks through him.
        Sentence sentence = sentence("Das/PRON sagte/VERB ein/DET Sprecher/NOUN des/DET Elbtal-Klinikums/PROPN ./PUNCT");

        assertThat(ActorCollector.collect(sentence.text(), List.of(sentence))).extracting(Candidate::name)
                .contains("Elbtal-Klinikum");
    }

    @Test
    void should_name_a_common_noun_in_the_genitive_before_its_place_in_the_nominative() {
        // Without it: "des Knabenchores Görlitz" was reported as "Knabenchores Görlitz".
        Sentence sentence = sentence("Neuer/ADJ Leiter/NOUN des/DET Knabenchores/PROPN Görlitz/PROPN wird/AUX "
                + "Jens/PROPN Ohlsen/PROPN ./PUNCT");

        assertThat(CandidateFinder.find(sentence.text(), List.of(sentence))).extracting(Candidate::name)
                .contains("Knabenchor Görlitz");
    }

    @Test
    void should_type_a_quoted_name_after_the_kind_of_body_as_that_organisation() {
        // Without it: "die Umweltorganisation „Kolbgrün“" left the name of unknown kind, named once, so dropped.
        Sentence sentence = sentence("Zu/ADV spät/ADJ ,/PUNCT findet/VERB die/DET Umweltorganisation/NOUN „/PUNCT "
                + "Kolbgrün/PROPN “/PUNCT ./PUNCT");

        assertThat(ActorCollector.collect(sentence.text(), List.of(sentence)))
                .filteredOn(candidate -> candidate.name().equals("Kolbgrün"))
                .extracting(Candidate::type, Candidate::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        news.summarizer.core.summary.ActorType.ORGANIZATION, "Umweltorganisation"));
    }

    @Test
    void should_not_report_an_adjective_the_dictionary_lacks_before_a_common_noun() {
        // Without it: "Gemeinwirtschaftliche Betriebe" (adjective unknown to the dictionary, known by its ending
        // "-lich" + "e") was a name that acts twice, so an actor.
        Sentence sentence = sentence("Gemeinwirtschaftliche/PROPN Betriebe/PROPN klagen/VERB ,/PUNCT "
                + "Gemeinwirtschaftliche/PROPN Betriebe/PROPN sparen/VERB ./PUNCT");

        assertThat(ActorCollector.collect(sentence.text(), List.of(sentence))).extracting(Candidate::name)
                .doesNotContain("Gemeinwirtschaftliche Betriebe");
    }

    @Test
    void should_read_the_surname_after_a_first_name_and_the_particle_v_when_it_is_tagged_a_common_noun() {
        // Without "v." among the name particles and surnameAfterParticle: the run ended after "Jan" (a line of its own
        // tags the hyphenated surname NOUN), and the person was reported by the first name or not at all.
        assertThat(runs("Das/PRON sagte/VERB Jan/PROPN v./ADP Wiesengrund-Hafer/NOUN gestern/ADV ./PUNCT"))
                .contains("Jan v. Wiesengrund-Hafer");
    }

    @Test
    void should_type_a_name_with_an_organisation_head_in_the_genitive_as_an_organisation() {
        // Without the genitive in NameTyper's head test: "Hafenamtes" is no head as written, so the name was left to
        // the person rules (a surname the article also uses alone made it a person) or to no kind at all.
        Sentence sentence = sentence("Sie/PRON will/AUX Mitglied/NOUN des/DET Hafenamtes/PROPN von/ADP Kolbrook/PROPN "
                + "bleiben/VERB ./PUNCT");

        assertThat(ActorCollector.typed(sentence.text(), List.of(sentence)))
                .filteredOn(candidate -> candidate.name().startsWith("Hafenamt"))
                .extracting(Candidate::type).containsExactly(news.summarizer.core.summary.ActorType.ORGANIZATION);
    }

    @Test
    void should_find_and_type_a_body_named_by_a_place_adjective_and_an_institution_compound() {
        // Without the demonym branch of institutionEnd: "Bremer/ADJ" opens no name run, so "die Bremer
        // Fährgesellschaft" was never found; without hasInstitutionHead in NameTyper, "-gesellschaft" (no organisation
        // ending) left it of unknown kind and one mention dropped it.
        Sentence sentence = sentence("Die/DET Fähren/NOUN fahren/VERB ,/PUNCT teilte/VERB die/DET Bremer/ADJ "
                + "Fährgesellschaft/NOUN mit/ADP ./PUNCT");

        assertThat(ActorCollector.typed(sentence.text(), List.of(sentence)))
                .filteredOn(candidate -> candidate.name().equals("Bremer Fährgesellschaft"))
                .extracting(Candidate::type).containsExactly(news.summarizer.core.summary.ActorType.ORGANIZATION);
    }

    @Test
    void should_read_a_word_tagged_a_common_noun_before_a_legal_form_as_the_company_name() {
        // Without beforeLegalForm: "Düsenhof/NOUN" opens no run, and "GmbH" alone is no name; the company was found
        // only where the tagger happened to call the word a proper noun.
        assertThat(runs("Die/DET Düsenhof/NOUN GmbH/PROPN aus/ADP Wendeburg/PROPN hat/AUX ein/DET Verfahren/NOUN "
                + "entwickelt/VERB ./PUNCT")).contains("Düsenhof GmbH");
    }

    @Test
    void should_take_the_english_words_before_an_english_institution_name_into_it() {
        // Without englishNameStart: "Vulpine/NOUN" opens no run, and "Heritage Foundation", half the name, was reported.
        assertThat(runs("Das/DET Netz/NOUN wird/AUX von/ADP der/DET Vulpine/NOUN Heritage/PROPN Foundation/PROPN "
                + "geleitet/VERB ./PUNCT")).contains("Vulpine Heritage Foundation");
    }

    /** The name runs of one sentence given as "word/TAG" tokens separated by spaces. */
    private static List<String> runs(String tagged) {
        return NameFinder.find(List.of(sentence(tagged))).stream().map(NameRun::text).toList();
    }

    /** A sentence given as "word/TAG" tokens separated by spaces (also for other tests of this package). */
    static Sentence sentence(String tagged) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String token : tagged.split(" ")) {
            int slash = token.lastIndexOf('/');
            String word = token.substring(0, slash);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            words.add(new Word(word, text.length(), text.length() + word.length(), token.substring(slash + 1)));
            text.append(word);
        }
        return new Sentence(0, 0, 0, 0, text.toString(), text.toString(), List.copyOf(words), false);
    }
}
