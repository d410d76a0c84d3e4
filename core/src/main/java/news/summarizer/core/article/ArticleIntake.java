package news.summarizer.core.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;

/** Turns raw bytes in a known format into an {@link Article}, or fails with a clear, permanent error. */
@ApplicationScoped
public class ArticleIntake {

    /** Markup and JSON escaping may take several bytes per character of text; beyond this we do not even decode. */
    private static final int MAX_BYTES_PER_CHARACTER = 8;

    private final int maxCharacters;

    public ArticleIntake(SummarizerConfig config) {
        this.maxCharacters = config.maxCharacters();
    }

    /** The format for a media type, or 415 {@code unsupported_media_type}. */
    public ArticleFormat formatOf(String mediaType) {
        return ArticleFormat.fromMediaType(mediaType).orElseThrow(() -> new SummarizerException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Content type '" + mediaType + "' is not supported; send text/plain, application/json, text/html or text/markdown"));
    }

    /** Bodies larger than this are rejected before they are read (or downloaded) at all. */
    public long maxBodyBytes() {
        return (long) maxCharacters * MAX_BYTES_PER_CHARACTER;
    }

    public Article read(byte[] body, ArticleFormat format) {
        if (body.length > maxBodyBytes()) {
            throw tooLarge(body.length + " bytes");
        }
        String decoded = decode(body);
        ExtractedArticle extracted = switch (format) {
            case PLAIN_TEXT -> PlainTextReader.read(decoded);
            case JSON -> JsonArticleReader.read(decoded);
            case HTML -> HtmlArticleReader.read(decoded);
            case MARKDOWN -> MarkdownArticleReader.read(decoded);
        };
        String text = TextNormalizer.normalize(extracted.text());
        if (text.isEmpty()) {
            throw new SummarizerException(ErrorCode.EMPTY_ARTICLE, "The article contains no text");
        }
        if (text.length() > maxCharacters) {
            throw tooLarge(text.length() + " characters");
        }
        String title = extracted.title() == null ? null : TextNormalizer.normalize(extracted.title());
        return new Article(idOf(text), text, title, extracted.date(), extracted.url());
    }

    private SummarizerException tooLarge(String size) {
        return new SummarizerException(ErrorCode.ARTICLE_TOO_LARGE,
                "The article has " + size + "; the limit is " + maxCharacters + " characters");
    }

    private static String decode(byte[] body) {
        if (looksBinary(body)) {
            throw new SummarizerException(ErrorCode.BINARY_CONTENT, "The body is binary data, not text");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            if (text.indexOf('\uFFFD') >= 0) {
                // A gateway already decoded broken bytes into replacement characters: the source was not UTF-8.
                throw new SummarizerException(ErrorCode.INVALID_ENCODING,
                        "The body contains undecodable characters (U+FFFD); send the article as UTF-8");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SummarizerException(ErrorCode.INVALID_ENCODING, "The body is not valid UTF-8 text");
        }
    }

    /** NUL bytes or many control characters in the first block mean a file format, not text. */
    private static boolean looksBinary(byte[] body) {
        int sample = Math.min(body.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = body[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
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
