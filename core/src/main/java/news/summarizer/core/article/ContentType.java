package news.summarizer.core.article;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/**
 * A declared {@code Content-Type}: the media type without parameters (lower case, or null when none was sent) and
 * the {@code charset} parameter (or null).
 */
public record ContentType(String mediaType, Charset charset) {

    /**
     * Types that say nothing about the format: no type at all, curl's default for {@code --data-binary}
     * ({@code application/x-www-form-urlencoded}) and the generic byte types (S3 stores {@code binary/octet-stream}
     * when an upload names no type). Bodies declared like this are sniffed.
     */
    private static final Set<String> SAYS_NOTHING = Set.of(
            "application/x-www-form-urlencoded", "application/octet-stream", "binary/octet-stream");

    public static final ContentType NONE = new ContentType(null, null);

    /** Parses a header value; an unknown or malformed charset name is a 415 {@code unsupported_media_type}. */
    public static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        Charset charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                charset = charsetNamed(parameter[1].strip().replace("\"", "").replace("'", ""));
            }
        }
        return new ContentType(type.isEmpty() ? null : type, charset);
    }

    /** Whether the type leaves the format open, so the body itself must tell. */
    public boolean saysNothing() {
        return mediaType == null || SAYS_NOTHING.contains(mediaType);
    }

    static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new SummarizerException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The charset '" + name
                    + "' is not supported; send UTF-8, or declare a known charset such as ISO-8859-1 or windows-1252");
        }
    }
}
