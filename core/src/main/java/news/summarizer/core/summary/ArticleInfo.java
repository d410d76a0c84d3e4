package news.summarizer.core.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the answer says about the article it summarised.
 *
 * @param date         ISO 8601 at the precision the source gave: {@code 2025-10-21}, {@code 2025-10} or {@code 2025}
 * @param authors      authors a web page names (JSON-LD, {@code <meta name="author">}); empty when none
 * @param publisher    publisher or site name a web page gives, or null
 * @param canonicalUrl the page's canonical URL ({@code <link rel="canonical">}, {@code og:url}) or the URL sent, or null
 * @param pageLanguage the language a web page declares ({@code <html lang>}), or null
 * @param text         the text intake read and the engine was given; only when the caller asked for it
 */
public record ArticleInfo(String title, String date, int characters, int words, List<String> authors,
                          String publisher, String canonicalUrl, String pageLanguage,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    public ArticleInfo {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public ArticleInfo(String title, String date, int characters, int words) {
        this(title, date, characters, words, List.of(), null, null, null, null);
    }

    /** The same information with the article's text, for a caller who asked to see what was read. */
    public ArticleInfo withText(String articleText) {
        return new ArticleInfo(title, date, characters, words, authors, publisher, canonicalUrl, pageLanguage, articleText);
    }
}
