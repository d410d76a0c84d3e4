package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The main text of each kind of page in {@link FictionalPages}: without these, pages whose text sits in divs yielded
 * nothing, and comments, related links, teasers, paywall, cookie and newsletter boxes, captions and credits stayed in
 * the text. The regression floor over all of them is {@link #should_hold_the_regression_floor_over_all_pages}.
 */
class HtmlExtractionTest {

    /** Precision and recall over all fictional pages under the benchmark's rule; measured 1.0 and 1.0. */
    private static final double FLOOR = 1.0;

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    static Stream<FictionalPages.Page> pages() {
        return FictionalPages.ALL.stream();
    }

    private String text(FictionalPages.Page page) {
        return intake.read(page.html().getBytes(StandardCharsets.UTF_8), ArticleFormat.HTML).text()
                .replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void should_read_the_article_text(FictionalPages.Page page) {
        String text = text(page);

        page.with().forEach(segment -> assertThat(text).contains(segment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void should_leave_out_the_page_furniture(FictionalPages.Page page) {
        String text = text(page);

        page.without().forEach(segment -> assertThat(text).doesNotContain(segment));
    }

    @Test
    void should_keep_paragraphs_of_text_that_sits_in_divs() {
        String text = intake.read(FictionalPages.TEXT_IN_DIVS.html().getBytes(StandardCharsets.UTF_8),
                ArticleFormat.HTML).text();

        assertThat(text).contains("Mühlenstraße bis zum Herbst zu sanieren, obwohl die Kosten inzwischen auf 4,2 "
                + "Millionen Euro gestiegen sind.\n\nBürgermeisterin");
    }

    @Test
    void should_hold_the_regression_floor_over_all_pages() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (FictionalPages.Page page : FictionalPages.ALL) {
            String text = text(page);
            for (String segment : page.with()) {
                if (text.contains(segment)) {
                    truePositives++;
                } else {
                    falseNegatives++;
                }
            }
            for (String segment : page.without()) {
                falsePositives += text.contains(segment) ? 1 : 0;
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);

        assertThat(precision).isGreaterThanOrEqualTo(FLOOR);
        assertThat(recall).isGreaterThanOrEqualTo(FLOOR);
    }
}
