package news.summarizer.core.article;

import java.util.List;

/** What a format reader found, before normalisation; {@code date} is ISO 8601 at the source's precision. */
record ExtractedArticle(String text, String title, String date, String url, List<String> warnings) {

    ExtractedArticle {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    ExtractedArticle(String text, String title, String date, String url) {
        this(text, title, date, url, List.of());
    }
}
