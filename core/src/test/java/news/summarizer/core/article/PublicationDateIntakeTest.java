package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as feeds give them: without these a month-precision date line became the headline and stayed in the text. */
class PublicationDateIntakeTest {

    private static final String TEXT = "Lindenau (dpa) - Der Stadtrat von Lindenau hat am Dienstag den Haushalt beschlossen.";

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "' date 2025-10-21 \n\n'|2025-10-21",
            "' date 2024-11\n\n'|2024-11",
            "' date 2024 \n'|2024",
            "'date 2025-10-21T14:30\n'|2025-10-21",
            "'date 2025-10-21T14:30:05+02:00\n\n'|2025-10-21",
            "'Date: 2025-10-21T23:30Z\n'|2025-10-21",
            "'Datum: 2024-11\r\n\r\n'|2024-11",
            "' date 2025-10-21 '|2025-10-21",
    })
    void should_keep_the_precision_and_drop_the_line_when_plain_text_opens_with_a_date_line(String line, String date) {
        Article article = intake.read(utf8(line + TEXT), ArticleFormat.PLAIN_TEXT);

        assertThat(article.date()).isEqualTo(date);
        assertThat(article.text()).isEqualTo(TEXT);
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void should_drop_the_line_and_warn_when_the_date_line_is_no_valid_date() {
        // Month 13 is no date; the line is still metadata and must not become the headline.
        Article article = intake.read(utf8(" date 2024-13\n\n" + TEXT), ArticleFormat.PLAIN_TEXT);

        assertThat(article.date()).isNull();
        assertThat(article.text()).isEqualTo(TEXT);
        assertThat(article.warnings()).singleElement().asString().contains("2024-13", "ignored");
    }

    @Test
    void should_keep_prose_when_a_text_merely_starts_with_the_word_date() {
        // "Datum 2024 ..." followed by prose on the same line is a sentence, not a marker.
        String prose = "Datum 2024 war ein gutes Jahr für den Hafen von Lindenau.";

        Article article = intake.read(utf8(prose), ArticleFormat.PLAIN_TEXT);

        assertThat(article.date()).isNull();
        assertThat(article.text()).isEqualTo(prose);
    }

    @Test
    void should_give_the_same_id_with_or_without_the_date_line() {
        // The date line is metadata: a re-delivery with a date must not cost a second model call.
        assertThat(intake.read(utf8(" date 2024-11\n\n" + TEXT), ArticleFormat.PLAIN_TEXT).id())
                .isEqualTo(intake.read(utf8(TEXT), ArticleFormat.PLAIN_TEXT).id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2025|2025", "2025-10|2025-10", "2025-10-21|2025-10-21",
            "2025-10-21T08:00:00.000Z|2025-10-21"})
    void should_keep_the_precision_when_json_gives_a_date(String given, String date) {
        Article article = intake.read(utf8("{\"text\": \"" + TEXT + "\", \"date\": \"" + given + "\"}"), ArticleFormat.JSON);

        assertThat(article.date()).isEqualTo(date);
    }

    @Test
    void should_reject_the_request_when_json_gives_an_invalid_date() {
        // A JSON client sent a field we cannot read: say so rather than summarise without the date it meant.
        assertThatThrownBy(() -> intake.read(utf8("{\"text\": \"" + TEXT + "\", \"date\": \"21.10.2025\"}"), ArticleFormat.JSON))
                .isInstanceOfSatisfying(SummarizerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.detail()).contains("ISO 8601");
                });
    }

    @Test
    void should_read_the_date_line_inside_the_json_text_when_json_gives_no_date() {
        Article article = intake.read(utf8("{\"text\": \" date 2024-11\\n\\n" + TEXT + "\"}"), ArticleFormat.JSON);

        assertThat(article.date()).isEqualTo("2024-11");
        assertThat(article.text()).isEqualTo(TEXT);
    }

    @Test
    void should_keep_the_precision_and_warn_on_invalid_dates_when_markdown_front_matter_gives_one() {
        Article month = intake.read(utf8("---\ntitle: Haushalt\ndate: 2024-11\n---\n\n" + TEXT), ArticleFormat.MARKDOWN);
        Article invalid = intake.read(utf8("---\ntitle: Haushalt\ndate: gestern\n---\n\n" + TEXT), ArticleFormat.MARKDOWN);

        assertThat(month.date()).isEqualTo("2024-11");
        assertThat(invalid.date()).isNull();
        assertThat(invalid.warnings()).singleElement().asString().contains("gestern");
    }

    @Test
    void should_keep_the_day_when_html_gives_a_timestamp() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2025-10-21T08:00:00+02:00\">"
                + "</head><body><article><p>" + TEXT + "</p></article></body></html>";

        assertThat(intake.read(utf8(html), ArticleFormat.HTML).date()).isEqualTo("2025-10-21");
    }
}
