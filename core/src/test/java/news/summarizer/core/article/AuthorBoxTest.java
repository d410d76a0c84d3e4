package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A box about the author below the text, inside the article's own element, under each class name that
 * {@link BoilerplateHints} knows for it (one case per entry: without the entry the biography stays in the text).
 * "post-author" and "entry-author" also need the rule that a word of a furniture compound names no article:
 * without it "post" and "entry" would keep the box as part of the article.
 */
class AuthorBoxTest {

    private static final String STORY_1 = "Die Stadtbibliothek von Wendelsheim öffnet ab Januar auch sonntags, "
            + "zunächst für ein Jahr und mit Ehrenamtlichen, die sich um Ausleihe und Lesecafé kümmern.";
    private static final String STORY_2 = "Bibliotheksleiter Hartmut Seebach sagte, an Sonntagen kämen vor allem "
            + "Familien, und viele hätten unter der Woche keine Zeit, Bücher auszuleihen oder zurückzugeben.";
    private static final String BIOGRAPHY = "Greta Hollmann schreibt seit zwölf Jahren für den Wendelsheimer Boten "
            + "über Schulen, Vereine und Kultur, am liebsten mit einer Tasse Tee in der Hand.";

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"author-box", "author-bio", "about-author", "post-author", "entry-author",
            "author-info"})
    void should_leave_out_the_author_box_below_the_text(String className) {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Bibliothek sonntags"
                + "</title></head><body><article class=\"post\"><h1>Bibliothek öffnet sonntags</h1><p>" + STORY_1
                + "</p><p>" + STORY_2 + "</p><div class=\"" + className + "\"><p>" + BIOGRAPHY
                + "</p></div></article></body></html>";

        String text = intake.read(html.getBytes(StandardCharsets.UTF_8), ArticleFormat.HTML).text();

        assertThat(text).contains(STORY_1, STORY_2).doesNotContain("Greta Hollmann");
    }
}
