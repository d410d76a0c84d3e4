package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stage "merge": one fictional text per rule of {@link CandidateMerger}; each fails with its rule switched off. */
class CandidateMergerTest {

    @Test
    void should_merge_an_abbreviation_when_brackets_introduce_it_after_the_full_name() {
        // Without it: "KÜLI", whose letters spell no initials of the name, stayed a second organisation.
        Map<String, Candidate> actors = ActorFilterTest.actors("Der Küstenbund Lindenau (KÜLI) sammelt am Samstag "
                + "Müll an der Küste. Der KÜLI rechnet mit 200 Helfern.");

        assertThat(actors).containsKey("Küstenbund Lindenau").doesNotContainKey("KÜLI");
        assertThat(actors.get("Küstenbund Lindenau").runs()).hasSize(3);
        assertThat(actors.get("Küstenbund Lindenau").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void should_drop_a_thing_named_after_a_person_when_the_person_is_an_actor() {
        // Without it: the "Hartwig-Plan" was a named candidate of its own beside the minister.
        String text = "Ministerin Lena Hartwig stellte am Montag den Hartwig-Plan vor. Der Hartwig-Plan sieht neue "
                + "Radwege vor. Hartwig sagte, der Hartwig-Plan koste wenig.";
        assertThat(ActorCollector.typed(text, ArticleAnalyzer.analyze(text))).extracting(Candidate::name)
                .contains("Lena Hartwig").doesNotContain("Hartwig-Plan");
    }
    @Test
    void should_merge_a_short_form_when_it_is_the_tail_of_a_compound_in_the_full_name() {
        // Without the compound-tail rule: "Fährbehörde Lindenau" was a second organisation beside "Landesfährbehörde
        // Lindenau" (before, only one-word short forms were looked for inside the last word).
        Map<String, Candidate> actors = ActorFilterTest.actors("Ein Sprecher der Landesfährbehörde Lindenau bestätigte "
                + "den Antrag. Die Fährbehörde Lindenau lehnte ihn ab. Fährbehörde Lindenau bleibt hart.");

        assertThat(actors).containsKey("Landesfährbehörde Lindenau").doesNotContainKey("Fährbehörde Lindenau");
    }

    @Test
    void should_merge_a_name_with_an_abbreviated_first_word_into_the_full_name() {
        // Without abbreviates: "NK-Kommission" (its letters are no initials of a compound) stayed a second
        // organisation beside "Nordische Kommission".
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Nordische Kommission prüft den Fall. Die "
                + "NK-Kommission will bis Mai entscheiden. Die NK-Kommission sagte, das Verfahren laufe.");

        assertThat(actors).containsKey("Nordische Kommission").doesNotContainKey("NK-Kommission");
        assertThat(actors.get("Nordische Kommission").runs()).hasSize(3);
    }

    @Test
    void should_merge_the_first_word_of_a_company_name_when_the_article_uses_it_alone() {
        // Without it: "Kolberon" (untyped, acting once) was a second actor beside "Kolberon AG".
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Kolberon AG meldet Verluste. Die AG will 300 "
                + "Stellen streichen. Der Vorstand der AG tagte. Kolberon bestätigte die Zahlen.");

        assertThat(actors).containsKey("Kolberon AG").doesNotContainKey("Kolberon");
        assertThat(actors.get("Kolberon AG").runs()).hasSize(3);
    }

    @Test
    void should_not_merge_a_surname_into_a_company_when_a_person_bears_it() {
        // Without the person guard the surname "Brink" would go to "Brink Logistik GmbH" instead of Ada Brink.
        String text = "Ada Brink gründete die Brink Logistik GmbH vor 20 Jahren. Die Brink Logistik GmbH wächst. "
                + "Brink sagte, der Hafen sei wichtig.";
        Map<String, Candidate> typed = ActorCollector.typed(text, ArticleAnalyzer.analyze(text)).stream()
                .collect(java.util.stream.Collectors.toMap(Candidate::name, c -> c));

        assertThat(typed.get("Ada Brink").runs()).hasSize(2);
    }
    @Test
    void should_not_merge_a_place_into_a_company_named_after_it() {
        // Without the place guard the town "Ostermarkhausen" (a place by its ending), which acts on its own, was
        // merged into "Ostermarkhausen Energie AG".
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Ostermarkhausen Energie AG baut ein Windrad. "
                + "Ostermarkhausen lehnt das ab. Die Ostermarkhausen Energie AG klagt.");

        assertThat(actors).containsKeys("Ostermarkhausen Energie AG", "Ostermarkhausen");
    }

    @Test
    void should_keep_a_noun_in_en_inside_a_company_name_as_written() {
        // Without mayBeAdjective "der Kolbersund Hafen AG" was put into the nominative as "Kolbersund Hafe AG", as if
        // "Hafen" were a weak adjective ("der Deutschen Bahn" → "Deutsche Bahn").
        Map<String, Candidate> actors = ActorFilterTest.actors("Die Kolbersund Hafen AG baut ein Terminal. Ein "
                + "Sprecher der Kolbersund Hafen AG nannte keine Kosten.");

        assertThat(actors).containsKey("Kolbersund Hafen AG").doesNotContainKey("Kolbersund Hafe AG");
    }

    @Test
    void should_merge_a_civil_name_into_the_pen_name_when_alias_ties_them() {
        // Without aliases: "Jonas Wendt", named once, was a second person beside the pen name the article uses.
        String text = "Der Roman stammt von Jonas Wendt alias Kolbero. Kolbero las am Abend in Lindenau. Kolbero "
                + "sagte, das Buch sei in drei Wintern entstanden.";

        assertThat(ActorCollector.typed(text, ArticleAnalyzer.analyze(text))).extracting(Candidate::name)
                .contains("Kolbero").doesNotContain("Jonas Wendt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eigentlich", "bürgerlich"})
    void should_merge_a_civil_name_into_the_pen_name_when_brackets_give_it(String word) {
        // Without CIVIL_NAME_WORDS: "Kolbero (eigentlich Jonas Wendt)" gave two persons.
        String text = "Der Roman stammt von Kolbero (" + word + " Jonas Wendt). Kolbero las am Abend in Lindenau. "
                + "Kolbero sagte, das Buch sei in drei Wintern entstanden.";

        assertThat(ActorCollector.typed(text, ArticleAnalyzer.analyze(text))).extracting(Candidate::name)
                .contains("Kolbero").doesNotContain("Jonas Wendt");
    }

    @Test
    void should_merge_a_club_named_with_its_city_into_the_club_named_with_its_prefix() {
        // Without clubAndCity: "Kolberon Hamburg" stayed a second actor beside "FC Kolberon".
        String text = "Trainerin Ada Brink und ihre Elf treffen am Dienstag auf den FC Kolberon. Gegen Kolberon "
                + "Hamburg hatte die Elf im Hinspiel verloren. Der FC Kolberon führt die Tabelle an.";

        assertThat(ActorCollector.typed(text, ArticleAnalyzer.analyze(text))).extracting(Candidate::name)
                .contains("FC Kolberon").doesNotContain("Kolberon Hamburg");
    }

    @Test
    void should_merge_a_body_of_the_united_nations_named_by_either_prefix() {
        // Without sameUnitedNationsBody: "Weltfischereikonferenz" was a second actor beside "UN-Fischereikonferenz".
        String text = "UN-Fischereikonferenz einigt sich auf Fangquoten. Die Weltfischereikonferenz in Lindenau hat am "
                + "Samstag neue Fangquoten für den Hering beschlossen.";

        assertThat(ActorCollector.typed(text, ArticleAnalyzer.analyze(text))).extracting(Candidate::name)
                .containsOnlyOnce("UN-Fischereikonferenz").doesNotContain("Weltfischereikonferenz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UN-", "UNO-", "Uno-", "Welt"})
    void should_read_each_prefix_of_the_united_nations_as_the_same_body(String prefix) {
        // Without the prefix in UNITED_NATIONS_PREFIXES the two spellings are two bodies.
        String other = prefix.equals("Welt") ? "UN-Fischereikonferenz" : "Weltfischereikonferenz";
        assertThat(CandidateMerger.sameUnitedNationsBody(prefix + "Fischereikonferenz", other)).isTrue();
        assertThat(CandidateMerger.sameUnitedNationsBody(prefix + "Fischereikonferenz", "Weltbauernkonferenz"))
                .isFalse();
    }
}
