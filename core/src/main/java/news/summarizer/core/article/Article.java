package news.summarizer.core.article;

import java.util.List;

/**
 * An article after intake: normalised text plus the metadata its source gave.
 *
 * @param id       {@code sha256:<hex>} of the normalised text, so equal texts get equal ids whatever their wrapping
 * @param text     NFC-normalised text with single spaces and blank lines between paragraphs; all offsets refer to it
 * @param date     ISO 8601 publication date at the precision the source gave ({@code 2024}, {@code 2024-11},
 *                 {@code 2024-11-05}), or null
 * @param warnings what intake noticed and the caller should know (an unreadable date, say)
 * @param authors   the authors a web page names (empty when none, and for other formats)
 * @param publisher the publisher or site name a web page gives, or null
 * @param language  the language a web page declares ({@code <html lang>}), or null
 */
public record Article(String id, String text, String title, String date, String url, List<String> warnings,
                      List<String> authors, String publisher, String language) {

    public Article {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public Article(String id, String text, String title, String date, String url, List<String> warnings) {
        this(id, text, title, date, url, warnings, List.of(), null, null);
    }

    public Article(String id, String text, String title, String date, String url) {
        this(id, text, title, date, url, List.of());
    }

    public int characters() {
        return text.length();
    }

    public int words() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            if (letterOrDigit && !inWord) {
                words++;
            }
            inWord = letterOrDigit;
        }
        return words;
    }
}
