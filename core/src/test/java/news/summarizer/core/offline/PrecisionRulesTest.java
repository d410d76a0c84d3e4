package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fourth session's precision rules (docs/names-and-entities.md, "Tuning set T (fourth session)"), each on a
 * fictional text of ours; each test fails with its rule switched off.
 */
class PrecisionRulesTest {

    @Test
    void should_read_a_word_with_letters_as_no_punctuation_when_the_tagger_tags_it_punct() {
        // Without lettersNeverPunctuation: "Brinkmeier/PUNCT" after a quotation mark ended the name run after the
        // first name, and "Jolanda" became a person of her own beside "Jolanda Brinkmeier".
        assertThat(ArticleAnalyzer.lettersNeverPunctuation("Brinkmeier", "PUNCT")).isEqualTo("PROPN");
        assertThat(ArticleAnalyzer.lettersNeverPunctuation("ostfriesisch-maritime", "PUNCT")).isEqualTo("X");
        assertThat(ArticleAnalyzer.lettersNeverPunctuation("„", "PUNCT")).isEqualTo("PUNCT");
        assertThat(ArticleAnalyzer.lettersNeverPunctuation("Brinkmeier", "NOUN")).isEqualTo("NOUN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fünfte", "Ärztlicher", "Gynäkologe", "Gerade Lindenau", "Römisch-katholischen Gemeinde"})
    void should_take_no_name_for_a_person_when_it_opens_with_a_word_the_dictionary_knows(String name) {
        // Without opensWithCommonWord: an ordinal, an adjective, a common noun or an adverb at the start of a list
        // item or a sentence, typed a person beside the people listed, was reported as a person.
        assertThat(ActorFilter.opensWithCommonWord(person(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jolanda Brinkmeier", "Koch", "Hans-Peter Wendt", "Xiaomeng Lao", "Brinkmeier"})
    void should_keep_a_person_when_the_name_opens_with_a_first_name_a_surname_or_an_unknown_word(String name) {
        // Without the proper-noun and first-name guards: "Koch" (a surname and a common noun) or a first name would go.
        assertThat(ActorFilter.opensWithCommonWord(person(name))).isFalse();
    }

    @Test
    void should_drop_a_title_word_from_the_actors_when_a_list_of_people_types_it_a_person() {
        // Without opensWithCommonWord: "Ärztlicher" (an adjective opening a title) and "Gynäkologe" (a common noun),
        // standing between the people of a list, were typed persons and reported.
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Tagung leitete Jolanda Brinkmeier, Ärztlicher "
                + "Leiter ist Ole Lenz. Brinkmeier sprach mit Ansgar Wendt, Gynäkologe und Leiter der Klinik in Lindenau. "
                + "Wendt sagte, die Patienten profitierten.");

        assertThat(actors).containsKeys("Jolanda Brinkmeier", "Ansgar Wendt")
                .doesNotContainKeys("Ärztlicher", "Gynäkologe");
    }

    @Test
    void should_merge_a_first_name_into_the_one_person_it_opens_when_a_quotation_calls_her_so() {
        // Without firstNames: "Ilka", named alone by a speaker, stayed an actor of her own beside "Ilka Wendt".
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Läuferinnen Maren Ostrowski und Ilka Wendt "
                + "starten. „Nicht Ilka Wendt oder Maren Ostrowski gewinnen“, sagte Lenz. Ilka sagte nichts.");

        assertThat(actors).containsKey("Ilka Wendt").doesNotContainKey("Ilka");
    }

    @Test
    void should_keep_a_first_name_alone_when_two_people_share_it() {
        // Without the one-owner guard: "Kira" would join one of the two Kiras at random.
        List<Candidate> merged = CandidateMerger.firstNames(List.of(person("Kira"), person("Kira Wendt"),
                person("Kira Lenz")));

        assertThat(merged).extracting(Candidate::name).containsExactly("Kira", "Kira Wendt", "Kira Lenz");
    }

    @Test
    void should_merge_an_organisation_into_a_longer_name_it_opens_when_that_was_typed_a_person() {
        // Without opensPersonLikeName: "Kolbrix Analytics", typed a person by its two capitalised words, and the
        // start-up "Kolbrix" were reported as two actors.
        List<Candidate> merged = CandidateMerger.shortForms(List.of(organisation("Kolbrix"),
                person("Kolbrix Analytics")));

        assertThat(merged).extracting(Candidate::name).containsExactly("Kolbrix Analytics");
        assertThat(merged.get(0).type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_merge_an_organisation_into_its_closed_compound_with_an_organisation_head() {
        // Without compoundOfOrganization: "Kolbrix" and "Deutscher Kolbrixverband" were two actors.
        List<Candidate> merged = CandidateMerger.shortForms(List.of(organisation("Kolbrix"),
                organisation("Deutscher Kolbrixverband")));

        assertThat(merged).extracting(Candidate::name).containsExactly("Deutscher Kolbrixverband");
    }

    @Test
    void should_keep_a_party_apart_from_its_hyphenated_group_in_parliament() {
        // Without the closed-compound guard: "Grünen-Fraktion" swallowed the party "Grünen".
        List<Candidate> merged = CandidateMerger.shortForms(List.of(organisation("Kolbrix"),
                organisation("Kolbrix-Fraktion")));

        assertThat(merged).extracting(Candidate::name).containsExactly("Kolbrix", "Kolbrix-Fraktion");
    }

    @Test
    void should_take_the_full_name_when_an_abbreviation_in_brackets_spells_out_more_than_the_name_finder_found() {
        // Without spelledOut: the name finder stopped at "in der" and reported "Bundesamt für Deichbau" beside the
        // abbreviation "BDK" as two organisations.
        Map<String, Candidate> actors = ActorFilterTest.actors("Das Bundesamt für Deichbau in der Küstenregion (BDK) "
                + "prüft die Pläne der Gemeinde Lindenau. Das BDK will im Mai entscheiden. Der BDK-Präsident Ole Lenz "
                + "sagte, die Prüfung dauere.");

        assertThat(actors).containsKey("Bundesamt für Deichbau in der Küstenregion")
                .doesNotContainKeys("Bundesamt für Deichbau", "BDK");
    }

    @Test
    void should_take_an_english_name_whole_when_its_abbreviation_skips_of_and_a_leading_country() {
        // Without "of" among the abbreviation's function words and the leading-abbreviation case of spelledOut: "US
        // Bureau" and "Coastal Wind Management" were two actors and the full name was missed.
        Map<String, Candidate> actors = ActorFilterTest.actors("Für drei Flächen vergab das US Bureau of Coastal Wind "
                + "Management (BCWM) am Montag Pachtverträge. Das BCWM rechnet mit Klagen.");

        assertThat(actors).containsKey("US Bureau of Coastal Wind Management").doesNotContainKey("US Bureau");
    }

    @Test
    void should_merge_an_organisation_of_unknown_kind_into_its_closed_compound_with_an_organisation_head() {
        // Without compoundOfOrganization in the unknown-kind branch of shortFormOf: "Kolbrix" (not yet typed) stayed
        // an actor beside "Deutscher Kolbrixverband".
        Map<String, Candidate> actors = ActorFilterTest.actors("Der Deutsche Kolbrixverband wählt eine neue Präsidentin. "
                + "Kolbrix hat 4000 Mitglieder. Kolbrix lehnt die Pläne der Regierung ab. Der Deutsche Kolbrixverband "
                + "tagt in Lindenau.");

        assertThat(actors).doesNotContainKey("Kolbrix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bundespolizei", "Landespolizei", "Hafengericht", "Küstenkammer"})
    void should_read_a_compound_as_an_institution_when_its_head_is_a_police_a_court_or_a_chamber(String word) {
        // Without "polizei" among the institution heads and "gericht", "kammer" among the heads specific with any
        // modifier: the federal police or a court that rules in a story was never a candidate.
        assertThat(Lexicon.isNamedInstitution(word)).isTrue();
    }

    @Test
    void should_report_a_court_when_it_rules_in_the_story() {
        // Without "gericht" among the heads specific with any modifier: the court that decides was no actor.
        Map<String, Candidate> actors = ActorFilterTest.actors("Das Hafengericht in Lindenau verwarf am Dienstag die "
                + "Klage der Reederei Kolbrix. Die Reederei Kolbrix will nun in Berufung gehen.");

        assertThat(actors).containsKey("Hafengericht");
    }

    @Test
    void should_drop_a_one_word_name_when_the_article_only_writes_it_after_an_indefinite_article() {
        // Without onlyAfterIndefiniteArticle: "ein Hafengericht", a kind of court the story says should decide, was
        // reported as an organisation.
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Anwälte der Reederei Kolbrix argumentieren, den "
                + "Fall müsse ein Hafengericht in Lindenau klären. Die Reederei Kolbrix will nun in Berufung gehen.");

        assertThat(actors).doesNotContainKey("Hafengericht");
    }

    @Test
    void should_drop_a_name_when_one_of_its_words_is_a_code_of_letters_and_digits() {
        // Without the multi-word case of code: the car model "Kolbrix K7" was reported as an organisation.
        Map<String, Candidate> actors = ActorFilterTest.actors("Ein Fahrer ist in der Nacht mit seinem Kolbrix K7 in "
                + "die Leitplanke gefahren. Die Kantonspolizei Lindenau nahm ihn fest. Der Kolbrix K7 ist Schrott.");

        assertThat(actors).doesNotContainKey("Kolbrix K7");
        assertThat(ActorFilter.code(organisation("Kolbrix Werke"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Credits: Titelbild Wendefoto Media", "Titelbild: Wendefoto Media",
            "Bildnachweis: Wendefoto Media"})
    void should_find_a_credit_line_when_it_opens_with_a_credits_label(String line) {
        // Without "Credits", "Titelbild", "Bildnachweis" among the credit labels: the photo agency named after the
        // label was read as prose, and its name could become an actor.
        List<Word> words = ArticleAnalyzer.analyze(line).get(0).words();

        assertThat(Credits.creditStart(words)).isZero();
    }

    @Test
    void should_drop_a_common_noun_with_an_abbreviation_prefix_when_it_names_no_one() {
        // Without the hyphen case of commonNounPhrase: "EU-Behörden" (authorities in general) was a name of unknown
        // kind that acted, and was reported.
        Map<String, Candidate> actors = ActorFilterTest.actors("EU-Behörden bekamen Einblick in hunderte Konten. "
                + "Allein im Mai stellten EU-Behörden 300 Anfragen, bei denen der Anbieter Kolbrix Daten herausgab. "
                + "EU-Behörden prüfen weiter.");

        assertThat(actors).doesNotContainKey("EU-Behörden");
    }

    @Test
    void should_drop_an_abbreviation_the_article_also_writes_in_the_plural() {
        // Fifth session. Without pluralAbbreviation: "der KTZ", a kind of train the article also counts ("mehr
        // KTZs"), was reported as an organisation; one organisation's name has no plural.
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Kolbahn will ab Mai mehr KTZs einsetzen, sagte "
                + "Jan Oltmann. Der KTZ fährt dann stündlich nach Lindenau. Der KTZ hält auch in Haldenbrück.");

        assertThat(actors).containsKey("Jan Oltmann").doesNotContainKey("KTZ");
    }

    @Test
    void should_keep_an_abbreviation_whose_s_follows_a_genitive_article() {
        // Without the genitive guard: "des KVBs" (the club's, one club) would read as a plural and drop the club.
        assertThat(ActorFilter.pluralAbbreviation(organisation("KVB"), "Der Vorstand des KVBs tagt. Der KVB wächst."))
                .isFalse();
        assertThat(ActorFilter.pluralAbbreviation(organisation("KVB"), "Die KVBs tagen. Der KVB wächst.")).isTrue();
    }

    @Test
    void should_join_an_abbreviation_in_brackets_to_the_person_like_name_before_it_that_holds_its_letters() {
        // Fifth session. Without introducesBody: "Forum Seerecht", typed a person by its two capitalised words, and
        // "FSR" right after it in brackets (its letters in order, R from the compound's second part) stayed two actors.
        List<Candidate> merged = CandidateMerger.shortForms(nameAndBracket("Das Forum Seerecht (FSR) fordert eine "
                + "Reform.", "Forum Seerecht", "FSR"));

        assertThat(merged).extracting(Candidate::name).containsExactly("Forum Seerecht");
        assertThat(merged.get(0).type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_keep_a_person_and_the_party_in_brackets_after_her_name_apart() {
        // Without the first-name guard: "SPD" has its letters in order in "Sandra Pade" and would join her.
        List<Candidate> merged = CandidateMerger.shortForms(nameAndBracket("Auch Sandra Pade (SPD) fordert eine "
                + "Reform.", "Sandra Pade", "SPD"));

        assertThat(merged).extracting(Candidate::name).containsExactlyInAnyOrder("Sandra Pade", "SPD");
    }

    /** A name typed a person (words 1-2) and an organisation's abbreviation in brackets after it (word 4). */
    private static List<Candidate> nameAndBracket(String text, String name, String abbreviation) {
        Sentence sentence = ArticleAnalyzer.analyze(text).get(0);
        NameRun full = new NameRun(sentence, 1, 3, name, text.indexOf(name));
        NameRun bracket = new NameRun(sentence, 4, 5, abbreviation, text.indexOf(abbreviation));
        return List.of(new Candidate(name, ActorType.PERSON, null, false, List.of(full), 1),
                new Candidate(abbreviation, ActorType.ORGANIZATION, null, false, List.of(bracket), 1));
    }

    private static Candidate person(String name) {
        return new Candidate(name, ActorType.PERSON, null, false, List.of(), 1);
    }

    private static Candidate organisation(String name) {
        return new Candidate(name, ActorType.ORGANIZATION, null, false, List.of(), 1);
    }
}
