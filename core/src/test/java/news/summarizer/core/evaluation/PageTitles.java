package news.summarizer.core.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import news.summarizer.core.article.Article;

/**
 * The page titles of a set drawn from HTML pages ({@code titles.tsv} beside {@code gold.json}: file, tab, title, as
 * {@code --dump-html} writes them into its {@code index.tsv}). Intake gives an HTML page's title to the summarizer
 * apart from the text ({@link Article#title()}: the headline signal of salience, the model's prompt), but a set's
 * article files hold only the text; without this the evaluation would score such articles as if their page had no
 * title, which no user's page lacks. A set without the file (the devset: its headline is the text's first line) is
 * read as before.
 */
final class PageTitles {

    static final String FILE = "titles.tsv";
    private static final PageTitles NONE = new PageTitles(Map.of());

    private final Map<String, String> titles;

    private PageTitles(Map<String, String> titles) {
        this.titles = titles;
    }

    static PageTitles none() {
        return NONE;
    }

    static PageTitles of(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        Map<String, String> titles = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.substring(tab + 1).isBlank() && !"null".equals(line.substring(tab + 1).strip())) {
                titles.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        }
        return new PageTitles(titles);
    }

    /** The article with its page's title, when the set has one for the file and intake found none in the text. */
    Article apply(String file, Article article) {
        String title = titles.get(file);
        if (title == null || article.title() != null) {
            return article;
        }
        return new Article(article.id(), article.text(), title, article.date(), article.url(), article.warnings(),
                article.authors(), article.publisher(), article.language());
    }

    int size() {
        return titles.size();
    }
}
