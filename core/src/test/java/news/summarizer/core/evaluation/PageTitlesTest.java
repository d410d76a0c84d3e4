package news.summarizer.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import news.summarizer.core.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without PageTitles a held-out set drawn from HTML pages is scored as if the pages had no titles, which intake gives
 * the summarizer for every real page (salience's headline signal stays empty).
 */
class PageTitlesTest {

    private static final Article UNTITLED = new Article("id", "Lena Hartwig eröffnete die Brücke.", null, "2026-05-04",
            null);

    @Test
    void should_give_an_article_the_title_of_its_page(@TempDir Path set) throws Exception {
        Files.writeString(set.resolve(PageTitles.FILE), "p001.txt\tHartwig eröffnet Oderbrücke\np002.txt\tnull\n");

        PageTitles titles = PageTitles.of(set);

        assertThat(titles.apply("p001.txt", UNTITLED).title()).isEqualTo("Hartwig eröffnet Oderbrücke");
        assertThat(titles.apply("p001.txt", UNTITLED).text()).isEqualTo(UNTITLED.text());
        assertThat(titles.apply("p002.txt", UNTITLED).title()).as("the dump writes null for a page without title").isNull();
        assertThat(titles.size()).isEqualTo(1);
    }

    @Test
    void should_read_a_set_without_titles_as_before(@TempDir Path set) throws Exception {
        assertThat(PageTitles.of(set).apply("p001.txt", UNTITLED)).isSameAs(UNTITLED);
    }
}
