package news.summarizer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.evaluation.Summarizers;
import news.summarizer.core.summary.Summary;
import org.junit.jupiter.api.Test;

/**
 * The answer shows the text that was read only when asked (HTTP {@code ?include=text}, the S3 function's
 * {@code summarizer.s3.include-text}): without it a user who doubts a summary cannot see what the engine was given,
 * and with it always on every answer would double in size.
 */
class IncludeTextTest {

    private static final String PAGE = "<html lang=\"de\"><head><title>Hallenbad | Hollerbacher Anzeiger</title></head>"
            + "<body><div class=\"cookie-banner\"><p>Wir verwenden Cookies, damit die Seite funktioniert und wir "
            + "Reichweite messen können.</p></div><article><p>Der Gemeinderat von Hollerbach hat am Mittwochabend "
            + "beschlossen, das alte Hallenbad bis zum Herbst zu sanieren, obwohl die Kosten gestiegen sind.</p>"
            + "<p>Bürgermeisterin Annegret Pfalzer sagte, das Bad sei für Schulen und Vereine unverzichtbar.</p>"
            + "</article></body></html>";

    private final ArticleSummarizer summarizer = Summarizers.of(TestConfigs.config());

    @Test
    void should_carry_the_text_that_was_read_when_asked() {
        Summary summary = summarizer.summarize(PAGE.getBytes(StandardCharsets.UTF_8), "text/html", true);

        assertThat(summary.article().text()).startsWith("Der Gemeinderat von Hollerbach").doesNotContain("Cookies");
        assertThat(summary.article().pageLanguage()).isEqualTo("de");
    }

    @Test
    void should_leave_the_text_out_when_not_asked() {
        Summary summary = summarizer.summarize(PAGE.getBytes(StandardCharsets.UTF_8), "text/html", false);

        assertThat(summary.article().text()).isNull();
        assertThat(summary.article().characters()).isPositive();
    }
}
