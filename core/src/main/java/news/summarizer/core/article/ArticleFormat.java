package news.summarizer.core.article;

import java.util.Locale;
import java.util.Optional;

/** The input formats we accept, recognised from a media type or, for stored objects, from a file extension. */
public enum ArticleFormat {
    PLAIN_TEXT, JSON, HTML, MARKDOWN;

    /** The format for a media type such as {@code text/html; charset=UTF-8}, or empty when unsupported. */
    public static Optional<ArticleFormat> fromMediaType(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> Optional.of(PLAIN_TEXT);
            case "application/json", "text/json" -> Optional.of(JSON);
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            case "text/markdown", "text/x-markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    /** The format for a file name such as {@code incoming/2025/a.md}, or empty when the extension is unknown. */
    public static Optional<ArticleFormat> fromFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0 || dot < lower.lastIndexOf('/')) {
            return Optional.empty();
        }
        return switch (lower.substring(dot + 1)) {
            case "txt", "text" -> Optional.of(PLAIN_TEXT);
            case "json" -> Optional.of(JSON);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }
}
