package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;

/** Hostile or huge pages end in an answer or a clean refusal: without these, deep nesting could overflow the stack. */
class HtmlBoundsTest {

    private static final int NESTED_ELEMENTS = 50_000;

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    @Test
    void should_read_a_page_nested_50000_elements_deep_without_recursion() {
        StringBuilder page = new StringBuilder("<html><body>");
        for (int i = 0; i < NESTED_ELEMENTS; i++) {
            page.append("<div class=\"ebene").append(i % 7).append("\">");
            if (i % 1000 == 0) {
                page.append("Der Gemeinderat von Hollerbach hat beschlossen, das Hallenbad zu sanieren, sagte die Bürgermeisterin. ");
            }
        }
        page.append("</div>".repeat(NESTED_ELEMENTS)).append("</body></html>");

        Article article = intake.read(page.toString().getBytes(StandardCharsets.UTF_8), ArticleFormat.HTML);

        assertThat(article.text()).contains("Der Gemeinderat von Hollerbach hat beschlossen");
    }

    @Test
    void should_refuse_a_5_mb_page_before_parsing_it() {
        String filler = "<div><span>Hollerbach</span></div>\n";
        byte[] page = ("<html><body>" + filler.repeat(5 * 1024 * 1024 / filler.length()) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> intake.read(page, ArticleFormat.HTML))
                .isInstanceOfSatisfying(SummarizerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ARTICLE_TOO_LARGE));
    }
}
