package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stage "filter": one fictional text per rule of {@link ActorFilter}; each fails with its rule switched off. */
class ActorFilterTest {

    @Test
    void should_drop_a_party_when_it_is_only_a_label_in_brackets() {
        // Without it: "(SPD)" after a member's name became an actor of its own.
        Map<String, Candidate> actors = actors("Die Abgeordnete Mira Lenz (SPD) stimmte gegen den Antrag. Lenz sagte, "
                + "der Hafen brauche mehr Zeit.");

        assertThat(actors).containsKey("Mira Lenz").doesNotContainKey("SPD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Kolbersund, SPD)", "(SPD, Kolbersund)"})
    void should_drop_a_party_when_it_is_a_label_beside_a_place_in_brackets(String bracket) {
        // Without the comma list in labelsUpTo: the party in "(Kolbersund, SPD)" after a member's name, with no bracket
        // right before or after it, became an actor of its own.
        Map<String, Candidate> actors = actors("Die Abgeordnete Mira Lenz " + bracket + " stimmte gegen den Antrag. "
                + "Lenz sagte, der Hafen brauche mehr Zeit.");

        assertThat(actors).containsKey("Mira Lenz").doesNotContainKey("SPD");
    }

    @Test
    void should_keep_people_when_a_bracket_lists_them() {
        // Without the person guard of onlyInParentheses: two people named only in "(Ole Brink, Mira Lenz)" were taken
        // for labels and dropped.
        Map<String, Candidate> actors = actors("Die beiden Gründer (Ole Brink, Mira Lenz) verkaufen die Werft in "
                + "Lindenau.");

        assertThat(actors).containsKeys("Ole Brink", "Mira Lenz");
    }

    @Test
    void should_drop_countries_when_a_preposition_governs_their_list() {
        // Without listAfterPreposition: "… und Finnland verhängt" read Finnland as the subject of the verb after it.
        Map<String, Candidate> actors = actors("Die Inselrepublik Kolbarien hat am Montag Zölle gegen Norwegen, "
                + "Schweden und Finnland verhängt.");

        assertThat(actors).doesNotContainKeys("Norwegen", "Schweden", "Finnland");
    }

    @Test
    void should_drop_a_country_when_the_clause_after_dass_only_describes_it() {
        // Without stativeClause: "dass Norwegen … bleibt" made Norwegen the acting subject of the clause.
        Map<String, Candidate> actors = actors("Die Ministerin Ada Brink sagte, sie wolle dafür sorgen, dass Norwegen "
                + "ein Vorbild für den Fischfang bleibt.");

        assertThat(actors).doesNotContainKey("Norwegen");
    }

    @Test
    void should_drop_a_name_when_it_ends_in_the_head_of_a_thing() {
        // Without it: a tournament that "lockt" and "beginnt" acted as its subject and was kept.
        Map<String, Candidate> actors = actors("Kolberon Cup lockt in diesem Jahr 40 Mannschaften nach Lindenau. "
                + "Kolberon Cup beginnt am Freitag mit dem Eröffnungsspiel.");

        assertThat(actors).doesNotContainKey("Kolberon Cup");
    }

    @Test
    void should_keep_a_country_when_its_team_plays_a_match_with_a_score() {
        // Without it: "gewann gegen Norwegen mit 31:29" left Norwegen a mere setting.
        Map<String, Candidate> actors = actors("Die Auswahl von Trainerin Ada Brink gewann am Abend gegen Norwegen mit "
                + "31:29. Brink lobte die Abwehr.");

        assertThat(actors).containsKey("Norwegen");
    }

    @Test
    void should_keep_a_country_when_it_is_the_subject_after_dass() {
        // Without it: the country of "dass Norwegen einen Beitrag leistet" was dropped as a setting.
        Map<String, Candidate> actors = actors("Die Kommission erwartet, dass Norwegen einen größeren Beitrag zum "
                + "Fischereifonds leistet.");

        assertThat(actors).containsKey("Norwegen");
    }

    @Test
    void should_keep_a_country_that_takes_an_article_when_it_is_the_subject_after_dass() {
        // Without beforeNominativeArticle: "dass die Mongolei …" saw "die" before the name, no subordinator, and the
        // country that acts was dropped as a setting.
        Map<String, Candidate> actors = actors("Die Kommission erwartet, dass die Mongolei einen größeren Beitrag zum "
                + "Weidefonds leistet.");

        assertThat(actors).containsKey("Mongolei");
    }

    @Test
    void should_keep_a_country_when_it_opens_a_pair_of_subjects() {
        // Without it: the first of "Norwegen und Schweden einigen sich" had no verb beside it and was dropped.
        Map<String, Candidate> actors = actors("Norwegen und Schweden einigen sich auf neue Fangquoten für den Hering.");

        assertThat(actors).containsKeys("Norwegen", "Schweden");
    }

    @Test
    void should_drop_a_city_when_its_verb_only_describes_it() {
        // Without it: "Warschau liegt an der Weichsel" counted as the city acting like a government.
        Map<String, Candidate> actors = actors("Warschau liegt an der Weichsel. In Warschau treffen sich am Montag die "
                + "Minister. Ministerin Lena Hartwig reist ebenfalls nach Warschau.");

        assertThat(actors).containsKey("Lena Hartwig").doesNotContainKey("Warschau");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AG", "SE", "KG", "KGaA", "Holding"})
    void should_drop_a_legal_form_when_the_article_uses_it_for_the_company(String form) {
        // One case per entry of LEGAL_FORMS, each failing without it: "die AG" (with an article, so no bare
        // abbreviation; named twice, so no one-off kind) was reported as an organisation of its own.
        Map<String, Candidate> actors = actors("Kolberon meldet Verluste. Die " + form + " will 300 Stellen streichen. "
                + "Die " + form + " sagte, der Umbau koste viel.");

        assertThat(actors).doesNotContainKey(form);
    }

    @Test
    void should_drop_the_bare_kind_of_an_organisation_when_it_is_named_once() {
        // Without genericHead: "Kommission" at the start of a headline-like sentence, which the tagger calls a proper
        // noun, was an organisation of its own beside the minister.
        Map<String, Candidate> actors = actors("Kommission legt Bericht vor. Die Kommission fordert mehr Geld, sagte "
                + "Ministerin Lena Hartwig.");

        assertThat(actors).containsKey("Lena Hartwig").doesNotContainKey("Kommission");
    }

    @Test
    void should_keep_a_body_named_after_its_owner_when_it_is_named_once() {
        // Without namedModifier: "Weber-Kommission", named once, was dropped like the bare kind "Kommission".
        Map<String, Candidate> actors = actors("Die Weber-Kommission legte am Montag ihren Bericht vor. Ministerin "
                + "Lena Hartwig lobte ihn.");

        assertThat(actors).containsKeys("Weber-Kommission", "Lena Hartwig");
    }

    @Test
    void should_keep_a_name_of_unknown_kind_when_the_article_names_it_five_times_without_making_it_act() {
        // MIN_MENTIONS_OF_OTHER = 5: a festival the story is about comes back five times; a river or a venue that is
        // only the setting, three or four times. Fails when the threshold moves either way or the rule goes.
        String festival = "Am Lumora spielen Bands. Das Lumora gibt es seit 1990. Vom Lumora profitieren die Hotels. "
                + "Beim Lumora treten 40 Bands auf.";
        assertThat(actors(festival)).doesNotContainKey("Lumora");
        assertThat(actors(festival + " Nach dem Lumora ist die Stadt leer.")).containsKey("Lumora");
        assertThat(actors("Die Talva führt Hochwasser. An der Talva stehen Sandsäcke. Über die Talva führt keine "
                + "Brücke mehr.")).doesNotContainKey("Talva");
    }

    @Test
    void should_drop_a_code_of_letters_and_digits_even_when_it_acts() {
        // Without code(): "H7N3 trifft auch Enten" made the virus act, and named twice it was an actor.
        Map<String, Candidate> actors = actors("H7N3 trifft auch Enten. H7N3 breitet sich aus, sagte Ärztin Mira "
                + "Lenz.");

        assertThat(actors).containsKey("Mira Lenz").doesNotContainKey("H7N3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kolvimab", "Talvevir", "Ostacillin", "Brinomycin", "Lindastatin", "Marlosartan",
            "Pentoprazol", "Ravotinib", "Sundaparin"})
    void should_drop_a_drug_when_its_name_has_a_medicine_stem(String drug) {
        // One fictional drug per stem of DRUG_STEMS; each fails with its stem removed: the drug "acts" ("… wird ab
        // Mai gespritzt") and comes back, so it was an actor.
        Map<String, Candidate> actors = actors("Ärzte sagen, dass " + drug + " hilft. Mit " + drug + " sinkt das "
                + "Risiko. " + drug + " wird ab Mai gespritzt, sagte Ärztin Mira Lenz.");

        assertThat(actors).containsKey("Mira Lenz").doesNotContainKey(drug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"League", "Liga", "Cup", "Pokal", "Preis", "Station", "Straße", "Strasse", "Gesetz",
            "Programm", "Festival", "Award", "Prix", "Tower", "Song", "Halle", "Virus"})
    void should_drop_a_name_when_it_ends_in_any_head_of_a_thing(String head) {
        // One case per entry of THING_HEADS: "Kolberon Pokal", acting twice, was kept without its head in the list.
        Map<String, Candidate> actors = actors("Kolberon " + head + " lockt in diesem Jahr viele Menschen nach "
                + "Lindenau. Kolberon " + head + " beginnt am Freitag.");

        assertThat(actors).doesNotContainKey("Kolberon " + head);
    }

    @Test
    void should_drop_a_name_when_a_word_inside_it_ends_in_the_head_of_a_thing() {
        // Without the check of the inner words: "Marlow Cup Finale" (the final of a cup, a thing) was a person-like
        // name that acts, and an actor.
        Map<String, Candidate> actors = actors("Marlow Cup Finale lockt viele Menschen nach Lindenau. Marlow Cup "
                + "Finale beginnt am Freitag.");

        assertThat(actors).doesNotContainKey("Marlow Cup Finale");
    }

    @Test
    void should_keep_a_country_when_its_verb_comes_first() {
        // Without the verb-before rule: "Am Montag kündigte Schweden … an" (subject after the verb) left Schweden a
        // setting.
        Map<String, Candidate> actors = actors("Am Montag kündigte Schweden neue Fangquoten für den Hering an.");

        assertThat(actors).containsKey("Schweden");
    }

    @Test
    void should_keep_an_abbreviation_that_a_noun_before_it_describes() {
        // Without it: "der Genossenschaft KVX" had no article right before the abbreviation, and a bare
        // abbreviation that does not act was dropped as a code.
        Map<String, Candidate> actors = actors("Streit um Tarife in Wendbach\n\nBürgermeisterin Lena Hartwig sagte, "
                + "sie erwarte eine Einigung. Widerspruch kam von der Genossenschaft KVX.");

        assertThat(actors).containsKey("KVX");
    }

    static Map<String, Candidate> actors(String text) {
        List<Candidate> candidates = ActorCollector.collect(text, ArticleAnalyzer.analyze(text));
        return candidates.stream().collect(Collectors.toMap(Candidate::name, Function.identity()));
    }
}
