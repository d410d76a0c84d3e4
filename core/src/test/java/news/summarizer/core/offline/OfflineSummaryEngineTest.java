package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.summarizer.core.article.Article;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.core.grounding.GroundedActors;
import news.summarizer.core.summary.ActorType;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OfflineSummaryEngineTest {

    private final OfflineSummaryEngine engine = new OfflineSummaryEngine();

    @Test
    void should_report_a_speaker_named_only_by_a_double_surname() {
        // Without doubleSurname: a one-word name is no candidate speaker (a channel as often as a person), so the only
        // person quoted here, named by a hyphenated double surname alone, was not reported.
        String text = "Die Synode hat ein Papier zur Pflege vorgelegt. Die Kirche fordert darin eine Reform der "
                + "Pflegeversicherung.\n\n„Wer Angehörige pflegt, darf nicht arm werden. Wir "
                + "verlangen eine Reform noch in diesem Jahr“, sagte Brinkmann-Oltrop am Montag in Hannover.";
        EngineOutput output = engine.summarize(new Article("synode", text, null, null, null));

        assertThat(output.draft().actors()).extracting(DraftActor::name).contains("Brinkmann-Oltrop");
        assertThat(OfflineSummaryEngine.doubleSurname("Nord-Süd")).isFalse();
    }

    @Test
    void should_find_titled_persons_and_the_railway_when_summarizing_the_oder_bridge_article() {
        // Without it: titles glued to names, surnames as separate actors or "Deutschen Bahn" as a person go unseen.
        Map<String, DraftActor> actors = actorsByName(summarize(TestArticles.ODER_BRIDGE));

        assertThat(actors).containsKeys("Lena Hartwig", "Tomasz Wierzbicki", "Markus Feldhaus", "Deutsche Bahn");
        assertThat(actors.get("Lena Hartwig").type()).isEqualTo(ActorType.PERSON);
        assertThat(actors.get("Lena Hartwig").role()).contains("Bundesverkehrsministerin");
        assertThat(actors.get("Tomasz Wierzbicki").type()).isEqualTo(ActorType.PERSON);
        assertThat(actors.get("Tomasz Wierzbicki").role()).isEqualTo("polnischer Amtskollege");
        assertThat(actors.get("Markus Feldhaus").type()).isEqualTo(ActorType.PERSON);
        assertThat(actors.get("Markus Feldhaus").role()).isEqualTo("Bahn-Infrastrukturvorstand");
        assertThat(actors.get("Deutsche Bahn").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actors).doesNotContainKeys("Hartwig", "Wierzbicki", "Feldhaus", "Frankfurt (Oder)", "Frankfurt");
    }

    @Test
    void should_type_countries_and_not_adjectives_when_the_article_names_both() {
        // Without it: "polnischer" or "deutscher" could become actors, or Poland a person.
        Map<String, DraftActor> actors = actorsByName(summarize(TestArticles.ODER_BRIDGE));

        assertThat(actors.get("Polen").type()).isEqualTo(ActorType.COUNTRY);
        assertThat(actors.get("Deutschland").type()).isEqualTo(ActorType.COUNTRY);
        assertThat(actors.keySet()).noneMatch(name -> Character.isLowerCase(name.charAt(0)));
    }

    @Test
    void should_find_land_titles_and_companies_when_summarizing_the_hydrogen_article() {
        // Without it: "NRW-Wirtschaftsministerin", "Norwegens Energieministerin" and the company behind a type noun are lost.
        Map<String, DraftActor> actors = actorsByName(summarize(TestArticles.HYDROGEN_PIPELINE));

        assertThat(actors.get("Felix Brandner").role()).isEqualTo("Bundeswirtschaftsminister");
        assertThat(actors.get("Ingrid Solberg").role()).isEqualTo("Norwegens Energieministerin");
        assertThat(actors.get("Petra Kühne").role()).isEqualTo("NRW-Wirtschaftsministerin");
        assertThat(actors.get("Havkraft").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actors.get("Norwegen").type()).isEqualTo(ActorType.COUNTRY);
        assertThat(actors).doesNotContainKeys("Oslo", "Wilhelmshaven", "Nordsee", "Brüssel");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestArticles.ODER_BRIDGE, TestArticles.HYDROGEN_PIPELINE})
    void should_quote_every_evidence_verbatim_when_proposing_actors(String resource) {
        // Without it: the grounder would have to replace evidence, and users would see quotes the article lacks.
        Article article = OfflineArticles.resource(resource);
        List<DraftActor> actors = engine.summarize(article).draft().actors();

        assertThat(actors).isNotEmpty().hasSizeLessThanOrEqualTo(OfflineSummaryEngine.MAX_ACTORS);
        assertThat(actors).allSatisfy(actor -> {
            assertThat(article.text()).contains(actor.evidence());
            assertThat(actor.description()).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {TestArticles.ODER_BRIDGE, TestArticles.HYDROGEN_PIPELINE})
    void should_keep_every_actor_when_the_grounder_checks_the_draft(String resource) {
        // Without it: an actor named in a form the text lacks ("Deutsche Bahn") would silently vanish after grounding.
        Article article = OfflineArticles.resource(resource);
        DraftSummary draft = engine.summarize(article).draft();

        GroundedActors grounded = new ActorGrounder().ground(article.text(), draft.actors());

        assertThat(grounded.actors()).extracting(actor -> actor.name())
                .containsExactlyElementsOf(draft.actors().stream().map(DraftActor::name).toList());
        assertThat(grounded.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {TestArticles.ODER_BRIDGE, TestArticles.HYDROGEN_PIPELINE})
    void should_summarize_in_three_to_five_article_sentences_when_the_article_is_long(String resource) {
        // Without it: the summary could invent text, run on endlessly or be a single sentence.
        Article article = OfflineArticles.resource(resource);
        String summary = engine.summarize(article).draft().summary();

        List<String> sentences = Arrays.asList(summary.split("(?<=[.!?])\\s+(?=\\p{Lu}|\")"));
        assertThat(sentences).hasSizeBetween(3, 5);
        assertThat(sentences).allSatisfy(sentence -> assertThat(article.text()).contains(sentence));
        assertThat(summary).doesNotStartWith("Frankfurt (Oder) -").doesNotStartWith("Oslo -");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestArticles.ODER_BRIDGE, TestArticles.HYDROGEN_PIPELINE})
    void should_give_three_to_six_short_key_points_when_the_article_has_enough_sentences(String resource) {
        // Without it: key points could be missing, duplicate the whole article or exceed a readable length.
        List<String> keyPoints = summarize(resource).keyPoints();

        assertThat(keyPoints).hasSizeBetween(3, 6).doesNotHaveDuplicates();
        assertThat(keyPoints).allSatisfy(point -> assertThat(point.length()).isBetween(20, 162));
    }

    @Test
    void should_write_a_short_headline_without_full_stop_when_the_article_has_no_title() {
        // Without it: the headline could be the whole first paragraph, or end with a full stop.
        String headline = summarize(TestArticles.ODER_BRIDGE).headline();

        assertThat(headline).isEqualTo("Deutschland und Polen einigen sich auf neue Oderbrücke");
    }

    @Test
    void should_use_the_title_as_headline_when_the_article_has_one() {
        // Without it: a publisher's own title would be ignored in favour of a guessed one.
        Article article = OfflineArticles.titled("Neue Brücke über die Oder", TestArticles.text(TestArticles.ODER_BRIDGE));

        assertThat(engine.summarize(article).draft().headline()).isEqualTo("Neue Brücke über die Oder");
    }

    @Test
    void should_give_three_summary_sentences_and_key_points_when_the_article_has_exactly_three_sentences() {
        // Without it: short articles would fall below the contract's minimum of three summary sentences and points.
        Article article = OfflineArticles.text("Der Stadtrat von Cottbus hat am Montag einen neuen Haushalt beschlossen. "
                + "Oberbürgermeisterin Karin Lehmann sprach von einem soliden Kompromiss. "
                + "Lehmann kündigte an, im Herbst über neue Kita-Plätze zu beraten.");

        DraftSummary draft = engine.summarize(article).draft();

        assertThat(draft.summary().split("(?<=\\.) ")).hasSize(3);
        assertThat(draft.keyPoints()).hasSize(3);
        assertThat(actorsByName(draft).get("Karin Lehmann").role()).isEqualTo("Oberbürgermeisterin");
    }

    @Test
    void should_quote_the_line_when_the_article_is_a_single_line_without_full_stop() {
        // Without it: a one-line note would give an empty summary, or an exception instead of a result.
        DraftSummary draft = engine.summarize(OfflineArticles.text("Stromausfall in Teilen von Leipzig behoben")).draft();

        assertThat(draft.headline()).isEqualTo("Stromausfall in Teilen von Leipzig behoben");
        assertThat(draft.summary()).isEqualTo("Stromausfall in Teilen von Leipzig behoben");
        assertThat(draft.actors()).isEmpty();
    }

    @Test
    void should_report_no_usage_and_warn_in_english_when_no_model_was_used() {
        // Without it: callers could not tell an extractive summary from a model's, nor see that nothing was spent.
        EngineOutput output = engine.summarize(OfflineArticles.resource(TestArticles.ODER_BRIDGE));

        assertThat(output.usage()).isEqualTo(Usage.NONE);
        assertThat(output.promptVersion()).isEqualTo(engine.promptVersion());
        assertThat(output.warnings()).anyMatch(warning -> warning.startsWith("No language model was used"));
        assertThat(engine.provider()).isEqualTo("offline");
        assertThat(engine.readiness().ready()).isTrue();
    }

    @Test
    void should_report_a_quoted_speaker_as_an_actor_when_more_names_than_places_rank_above_them() {
        // Without it: eleven titled council members named twice filled the ten places before the one man the article
        // quotes, named once at the end; his words were then attributed to no actor and left out of the answer.
        StringBuilder text = new StringBuilder("Der Kreistag von Ostfelden beriet am Montag über die neue Fähre.");
        String[][] members = {{"Landrätin", "Greta Olbrich"}, {"Kreisrat", "Anton Pfeiffer"}, {"Kreisrätin", "Hanna Seidl"},
                {"Kreisrat", "Paul Kestner"}, {"Kreisrätin", "Ute Brammer"}, {"Kreisrat", "Jonas Riedl"},
                {"Kreisrätin", "Wiebke Lorenz"}, {"Kreisrat", "Emil Sasse"}, {"Kreisrätin", "Frieda Holm"},
                {"Kreisrat", "Tobias Rahn"}, {"Kreisrätin", "Nora Kessler"}};
        for (String[] member : members) {
            String surname = member[1].split(" ")[1];
            text.append(" ").append(member[0]).append(" ").append(member[1]).append(" stimmte für den Plan. ")
                    .append(surname).append(" hatte den Plan im Ausschuss vorbereitet.");
        }
        text.append(" Die Fähre soll im Sommer fahren. Die Kosten seien gut angelegt, so Fährmann Bernd Ackermann.");

        DraftSummary draft = engine.summarize(OfflineArticles.text(text.toString())).draft();

        assertThat(draft.actors()).hasSizeLessThanOrEqualTo(news.summarizer.core.engine.SummaryLimits.ACTORS_MAX);
        assertThat(actorsByName(draft)).containsKey("Bernd Ackermann");
    }

    @Test
    void should_report_a_quoted_speaker_whom_only_the_verb_of_saying_shows_to_be_a_person() {
        // Without it: a name with no known first name or title ("Ilkay Brezovar") is no actor candidate, so the quotation
        // the article gives him had no speaker among the actors and was left out.
        String text = "Die Stadt Ostfelden hat ihre alte Fähre verkauft. Bürgermeisterin Greta Olbrich verteidigte den "
                + "Verkauf im Rat. Olbrich will das Geld in neue Radwege stecken. „Die Fähre war ein Stück Heimat“, "
                + "schrieb Ilkay Brezovar auf seinem Blog.";

        DraftSummary draft = engine.summarize(OfflineArticles.text(text)).draft();

        assertThat(actorsByName(draft)).containsKey("Ilkay Brezovar");
    }

    @Test
    void should_report_a_body_named_by_a_place_adjective_when_it_speaks() {
        // Without PlaceAdjectiveNames: "Rostocker" is an adjective to the tagger and "Fährgesellschaft" a common noun,
        // so the name finder saw no name, the body was no actor and its statement had no speaker.
        String text = "Die Fähre nach Gedser fällt bis Freitag aus. Die Fahrgäste werden mit Bussen zum Hafen gebracht, "
                + "teilte die Rostocker Fährgesellschaft am Montag mit. Ein Ersatzschiff sei bestellt.";

        DraftSummary draft = engine.summarize(OfflineArticles.text(text)).draft();

        assertThat(actorsByName(draft)).containsKey("Rostocker Fährgesellschaft");
        assertThat(engine.statements(OfflineArticles.text(text), draft.actors().stream()
                .map(a -> new news.summarizer.core.summary.Actor(a.name(), a.type(), a.role(), null, 1, null, 0)).toList(),
                draft)).extracting(news.summarizer.core.engine.DraftStatement::speaker)
                .contains("Rostocker Fährgesellschaft");
    }

    @Test
    void should_not_report_a_place_adjective_phrase_that_is_only_cited_as_a_source() {
        // Without the finder's own-voice check: "laut dem Erfurter Abkommen" cites an agreement, which became an actor
        // because the statement finder gives a source phrase its sentence as a statement.
        String text = "Die Länder wollen die Bahnstrecke bis 2030 ausbauen. Laut dem Erfurter Abkommen zahlt der Bund "
                + "zwei Drittel der Kosten. Verkehrsministerin Greta Olbrich sagte, der Plan sei solide.";

        DraftSummary draft = engine.summarize(OfflineArticles.text(text)).draft();

        assertThat(actorsByName(draft)).doesNotContainKey("Erfurter Abkommen").containsKey("Greta Olbrich");
    }

    @Test
    void should_report_a_quoted_speaker_named_by_a_double_surname_alone() {
        // Without OfflineSummaryEngine.doubleSurname: a one-word name is no speaker candidate (it is as often a channel),
        // so the words of "Brezovar-Lind", a person by the hyphenated double surname, had no speaker.
        String text = "Die Stadt Ostfelden hat ihre alte Fähre verkauft. Bürgermeisterin Greta Olbrich verteidigte den "
                + "Verkauf im Rat. „Die Fähre war ein Stück Heimat“, so Brezovar-Lind. Der Verein sei enttäuscht.";

        DraftSummary draft = engine.summarize(OfflineArticles.text(text)).draft();

        assertThat(actorsByName(draft)).containsKey("Brezovar-Lind");
    }

    @Test
    void should_tell_a_double_surname_from_a_compound_of_nouns() {
        assertThat(OfflineSummaryEngine.doubleSurname("Brezovar-Lind")).isTrue();
        assertThat(OfflineSummaryEngine.doubleSurname("Rathaus-Chef")).isFalse();
        assertThat(OfflineSummaryEngine.doubleSurname("Corona-Pandemie")).isFalse();
        assertThat(OfflineSummaryEngine.doubleSurname("Lena Hartwig")).isFalse();
    }

    private DraftSummary summarize(String resource) {
        return engine.summarize(OfflineArticles.resource(resource)).draft();
    }

    private static Map<String, DraftActor> actorsByName(DraftSummary draft) {
        return draft.actors().stream().collect(Collectors.toMap(DraftActor::name, Function.identity()));
    }
}
