package news.summarizer.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import news.summarizer.core.article.Article;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real-text intake as the offline engine sees it: date lines, agency datelines and articles that are not German. */
class OfflineRealTextTest {

    private static final String BODY = """
            Der Stadtrat von Lindenau hat am Dienstag den Bau einer neuen Brücke über die Mulde beschlossen. \
            Die Kosten liegen nach Angaben der Stadtverwaltung bei zwölf Millionen Euro.

            „Wir haben lange auf diesen Tag gewartet“, sagte Bürgermeisterin Jördis Weiß nach der Abstimmung. \
            Die Opposition kritisierte die Finanzierung und kündigte an, den Haushalt genau zu prüfen.

            Die Bauarbeiten sollen im Frühjahr beginnen und zwei Jahre dauern. Während dieser Zeit wird der \
            Verkehr über eine Behelfsbrücke im Norden der Stadt umgeleitet.

            Der Landkreis beteiligt sich mit drei Millionen Euro an dem Vorhaben, teilte Landrat Henrik Sommer mit.
            """;

    private final OfflineSummaryEngine engine = new OfflineSummaryEngine();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Lindenau (dpa) - ", "Lindenau (dpa/lsn) - ", "LINDENAU (Reuters) – ", "Lindenau - ",
            "Lindenau (epd). ", "Lindenau (AFP) ", "Lindenau. "})
    void should_open_headline_and_summary_with_content_when_the_lead_has_a_dateline(String dateline) {
        // Without it the headline read "Lindenau (dpa) - Der Stadtrat …" or just "Lindenau".
        Article article = OfflineArticles.text(" date 2024-11\n\n" + dateline + BODY);

        DraftSummary draft = engine.summarize(article).draft();

        assertThat(article.date()).isEqualTo("2024-11");
        assertThat(article.text()).startsWith(dateline.strip());
        assertThat(draft.headline()).startsWith("Der Stadtrat von Lindenau");
        assertThat(draft.summary()).startsWith("Der Stadtrat von Lindenau").doesNotContain("2024-11", "(dpa)");
        assertThat(draft.keyPoints()).noneMatch(point -> point.startsWith("Lindenau") || point.startsWith("LINDENAU"));
    }

    @Test
    void should_answer_in_english_and_say_so_when_the_article_is_english() {
        // The offline engine quotes and cannot translate: labelling its English summary "de" was a lie.
        Article article = OfflineArticles.text("""
                 date 2025-03

                HARBOURTON (Reuters) - The city council of Harbourton approved a new bridge over the river on Tuesday, \
                mayor Ellen Marsh said after the vote.

                The project will cost twelve million pounds and should be finished by 2027, according to the council. \
                The opposition criticised the financing and said it would examine the budget closely.

                Construction is due to begin in the spring and will take two years. During that time traffic will be \
                diverted over a temporary bridge in the north of the town.
                """);

        EngineOutput output = engine.summarize(article);

        assertThat(output.language()).isEqualTo("en");
        assertThat(output.warnings()).anyMatch(warning -> warning.contains("not German") && warning.contains("en"));
        assertThat(output.draft().summary()).startsWith("The city council of Harbourton");
        assertThat(output.draft().headline()).doesNotStartWith("HARBOURTON");
    }

    @Test
    void should_label_the_summary_german_without_a_language_warning_when_the_article_is_german() {
        EngineOutput output = engine.summarize(OfflineArticles.text(BODY));

        assertThat(output.language()).isEqualTo("de");
        assertThat(output.warnings()).noneMatch(warning -> warning.contains("not German"));
    }
}
