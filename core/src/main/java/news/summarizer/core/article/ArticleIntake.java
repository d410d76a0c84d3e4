package news.summarizer.core.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.text.TextNormalizer;

/**
 * Turns raw bytes into an {@link Article}, or fails with a clear, permanent error. The format comes from the
 * declared media type, else (stored objects) the file extension, else the body itself when the type says nothing
 * (none, {@code application/x-www-form-urlencoded}, octet-stream); the charset from a byte order mark, the declared
 * {@code charset}, an HTML page's {@code <meta charset>}, else UTF-8.
 */
@ApplicationScoped
public class ArticleIntake {

    /** Markup and JSON escaping may take several bytes per character of text; beyond this we do not even decode. */
    private static final int MAX_BYTES_PER_CHARACTER = 8;
    /**
     * A stored page may carry a few U+FFFD of its own (a broken byte in a template); one in a thousand characters
     * is far fewer than the umlauts of a German text whose every umlaut a gateway replaced.
     */
    private static final int REPLACEMENTS_PER_CHARACTER = 1000;

    private final int maxCharacters;

    public ArticleIntake(SummarizerConfig config) {
        this.maxCharacters = config.maxCharacters();
    }

    /** Bodies larger than this are rejected before they are read (or downloaded) at all. */
    public long maxBodyBytes() {
        return (long) maxCharacters * MAX_BYTES_PER_CHARACTER;
    }

    /** A body as an HTTP request sends it, with its {@code Content-Type} header value (null when none was sent). */
    public Article read(byte[] body, String contentType) {
        return read(body, contentType, null);
    }

    /**
     * A stored object: its content type when that names a format, else its file name's extension, else sniffed
     * when the type says nothing. Any other type without a known extension is 415 {@code unsupported_media_type}.
     */
    public Article read(byte[] body, String contentType, String fileName) {
        ContentType declared = ContentType.parse(contentType);
        Optional<ArticleFormat> format = ArticleFormat.fromMediaType(declared.mediaType())
                .or(() -> fileName == null ? Optional.empty() : ArticleFormat.fromFileName(fileName));
        if (format.isEmpty() && !declared.saysNothing()) {
            throw new SummarizerException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content type '" + contentType
                    + "' is not supported; send text/plain, application/json, text/html or text/markdown "
                    + "(or no Content-Type, and the format is recognised from the body)");
        }
        return read(body, format.orElseGet(() -> FormatSniffer.sniff(body)), declared.charset());
    }

    /** A body in a known format, UTF-8 unless it starts with a byte order mark (or, for HTML, names its charset). */
    public Article read(byte[] body, ArticleFormat format) {
        return read(body, format, null);
    }

    private Article read(byte[] body, ArticleFormat format, Charset charset) {
        if (body.length > maxBodyBytes()) {
            throw tooLarge(body.length + " bytes");
        }
        String decoded = BodyDecoder.decode(body, charset, format);
        ExtractedArticle extracted = switch (format) {
            case PLAIN_TEXT -> PlainTextReader.read(decoded);
            case JSON -> JsonArticleReader.read(decoded);
            case HTML -> HtmlArticleReader.read(decoded);
            case MARKDOWN -> MarkdownArticleReader.read(decoded);
        };
        List<String> warnings = new ArrayList<>(extracted.warnings());
        DateLine.Split dateLine = DateLine.split(extracted.text());
        if (dateLine.invalid() != null) {
            warnings.add(Dates.ignoredWarning(dateLine.invalid()));
        }
        String date = extracted.date() != null ? extracted.date() : dateLine.date();
        String text = TextNormalizer.normalize(dateLine.text());
        if (text.isEmpty()) {
            throw new SummarizerException(ErrorCode.EMPTY_ARTICLE, "The article contains no text");
        }
        if (format == ArticleFormat.HTML && replacementCharacters(text) * REPLACEMENTS_PER_CHARACTER > text.length()) {
            // A page is read whatever its bytes; an article whose letters a gateway already turned into U+FFFD is not.
            throw new SummarizerException(ErrorCode.INVALID_ENCODING, "The page's text contains many undecodable "
                    + "characters (U+FFFD): a gateway decoded it as UTF-8 before it arrived. Send the page as bytes "
                    + "(Content-Type: application/octet-stream) or as UTF-8");
        }
        if (text.length() > maxCharacters) {
            throw tooLarge(text.length() + " characters");
        }
        String title = extracted.title() == null ? null : TextNormalizer.normalize(extracted.title());
        return new Article(idOf(text), text, title, date, extracted.url(), warnings,
                extracted.authors().stream().map(TextNormalizer::normalize).toList(), extracted.publisher(),
                extracted.language());
    }

    private static long replacementCharacters(String text) {
        return text.chars().filter(c -> c == '\uFFFD').count();
    }

    private SummarizerException tooLarge(String size) {
        return new SummarizerException(ErrorCode.ARTICLE_TOO_LARGE,
                "The article has " + size + "; the limit is " + maxCharacters + " characters");
    }

    static String idOf(String normalizedText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalizedText.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
