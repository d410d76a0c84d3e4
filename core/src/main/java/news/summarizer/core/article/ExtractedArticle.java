package news.summarizer.core.article;

import java.util.List;

/**
 * What a format reader found, before normalisation; {@code date} is ISO 8601 at the source's precision. Authors,
 * publisher and language come from web pages only (see {@link PageMetadata}); other formats leave them empty.
 */
record ExtractedArticle(String text, String title, String date, String url, List<String> warnings,
                        List<String> authors, String publisher, String language) {

    ExtractedArticle {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    ExtractedArticle(String text, String title, String date, String url, List<String> warnings) {
        this(text, title, date, url, warnings, List.of(), null, null);
    }

    ExtractedArticle(String text, String title, String date, String url) {
        this(text, title, date, url, List.of());
    }
}
