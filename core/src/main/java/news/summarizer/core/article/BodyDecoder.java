package news.summarizer.core.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/**
 * Bytes to text, in the order browsers use: a byte order mark, else the declared charset (the Content-Type),
 * else for HTML the page's own {@code <meta charset>}, else UTF-8. Undeclared text must be valid UTF-8, and so is
 * text that already is valid UTF-8 with non-ASCII characters whatever it declares (see {@link #decode}).
 * ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do: senders that say Latin-1 mostly mean it and
 * its typographic quotes („“ – …) live in the bytes 0x80–0x9F.
 */
final class BodyDecoder {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 16384;
    private static final Pattern XML_ENCODING =
            Pattern.compile("\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final int XML_DECLARATION_BYTES = 256;
    private static final char[] WINDOWS_1252 = windows1252Table();

    private BodyDecoder() {
    }

    static String decode(byte[] body, Charset declared, ArticleFormat format) {
        if (format == ArticleFormat.HTML && !startsWith(body, 0xFE, 0xFF) && !startsWith(body, 0xFF, 0xFE)
                && (declared == null || !isWide(declared))) {
            return decodePage(body, declared);
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return utf8(body, 3);
        }
        if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE)) {
            return checked(strict(body, 0, StandardCharsets.UTF_16), StandardCharsets.UTF_16);
        }
        if (declared != null && isWide(declared)) {
            return checked(strict(body, 0, declared), declared);
        }
        if (looksBinary(body)) {
            throw new SummarizerException(ErrorCode.BINARY_CONTENT, "The body is binary data, not text");
        }
        Charset named = declared != null ? declared : format == ArticleFormat.HTML ? metaCharset(body) : null;
        if (named != null && !named.equals(StandardCharsets.UTF_8) && !isUtf8WithNonAscii(body)) {
            return checked(strict(body, 0, named), named);
        }
        // Bytes that are valid UTF-8 with umlauts are never accidental Latin-1: a gateway (API Gateway, a Lambda
        // function URL) passes text bodies on as UTF-8, and saved pages keep a stale meta tag. Reading them as
        // declared would garble every umlaut; a U+FFFD left by such a gateway is rejected below.
        return utf8(body, 0);
    }

    /**
     * A web page as it was stored: a byte order mark, else the declared charset, else the page's own declaration
     * ({@code <meta charset>}, {@code http-equiv}, the XML declaration), else what the bytes are. Pages are read the
     * way browsers read them, never refused for their bytes: a stray byte that is not UTF-8 in a UTF-8 page (a
     * Latin-1 word pasted into a template) is read as windows-1252, and a page that is not UTF-8 at all and says
     * nothing is windows-1252 (see docs/html-extraction.md for the detector measured against this rule).
     */
    static String decodePage(byte[] body, Charset declared) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return lenientUtf8(body, 3);
        }
        if (looksBinary(body)) {
            throw new SummarizerException(ErrorCode.BINARY_CONTENT, "The body is binary data, not text");
        }
        Charset named = declared != null ? declared : pageCharset(body);
        if (named == null || named.equals(StandardCharsets.UTF_8) || isUtf8WithNonAscii(body)) {
            // valid UTF-8 with umlauts is never accidental Latin-1, whatever a stale declaration says
            return lenientUtf8(body, 0);
        }
        if (isLatin1Family(named)) {
            return strict(body, 0, named);
        }
        return named.decode(ByteBuffer.wrap(body)).toString(); // browsers replace what does not fit, so do we
    }

    /** The page's own charset declaration: {@code <meta charset>} or {@code http-equiv}, else the XML declaration. */
    static Charset pageCharset(byte[] body) {
        Charset meta = metaCharset(body);
        if (meta != null) {
            return meta;
        }
        String head = new String(body, 0, Math.min(body.length, XML_DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = XML_ENCODING.matcher(head);
        return matcher.lookingAt() ? knownOrNull(matcher.group(1)) : null;
    }

    /**
     * UTF-8 where the bytes are UTF-8, windows-1252 for each byte that is not: a page mixes the two when a
     * Latin-1 text was pasted into a UTF-8 template. When most non-ASCII bytes are not UTF-8, the page is windows-1252.
     */
    private static String lenientUtf8(byte[] body, int offset) {
        int invalid = 0;
        int sequences = 0;
        for (int i = offset; i < body.length; ) {
            int length = utf8SequenceLength(body, i);
            if (length == 0) {
                invalid++;
                i++;
            } else {
                sequences += length > 1 ? 1 : 0;
                i += length;
            }
        }
        if (invalid == 0) {
            return new String(body, offset, body.length - offset, StandardCharsets.UTF_8);
        }
        if (sequences <= invalid) {
            return strict(body, offset, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(body.length);
        for (int i = offset; i < body.length; ) {
            int length = utf8SequenceLength(body, i);
            if (length == 0) {
                text.append(WINDOWS_1252[body[i] & 0xFF]);
                i++;
            } else {
                text.append(new String(body, i, length, StandardCharsets.UTF_8));
                i += length;
            }
        }
        return text.toString();
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when the byte there does not start one. */
    private static int utf8SequenceLength(byte[] body, int i) {
        int lead = body[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > body.length) {
            return 0;
        }
        int codePoint = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = body[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return 0;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        return codePoint < min || codePoint > 0x10FFFF || surrogate ? 0 : length;
    }

    private static Charset knownOrNull(String name) {
        try {
            Charset charset = Charset.forName(name);
            return isWide(charset) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String utf8(byte[] body, int offset) {
        try {
            String text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
            if (text.indexOf('\uFFFD') >= 0) {
                // A gateway already decoded broken bytes into replacement characters: the source was not UTF-8.
                throw new SummarizerException(ErrorCode.INVALID_ENCODING,
                        "The body contains undecodable characters (U+FFFD): it was not UTF-8, and a gateway decoded it "
                                + "as UTF-8 before it arrived. Send the article as UTF-8, or send other charsets as bytes "
                                + "(Content-Type: application/octet-stream; charset=ISO-8859-1)");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new SummarizerException(ErrorCode.INVALID_ENCODING, "The body is not valid UTF-8 text; send UTF-8 "
                    + "or declare its charset (Content-Type: text/plain; charset=ISO-8859-1)");
        }
    }

    private static String strict(byte[] body, int offset, Charset charset) {
        if (isLatin1Family(charset)) {
            char[] chars = new char[body.length - offset];
            for (int i = offset; i < body.length; i++) {
                chars[i - offset] = WINDOWS_1252[body[i] & 0xFF];
            }
            return new String(chars);
        }
        try {
            return decoder(charset).decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new SummarizerException(ErrorCode.INVALID_ENCODING,
                    "The body is not valid " + charset.name() + " text, although it declares that charset");
        }
    }

    /** Decoded text with a leading byte order mark removed and no binary content hidden in a wide charset. */
    private static String checked(String text, Charset charset) {
        String result = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (result.indexOf('\u0000') >= 0) {
            throw new SummarizerException(ErrorCode.BINARY_CONTENT,
                    "The body is binary data, not " + charset.name() + " text");
        }
        return result;
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The charset a page names in {@code <meta charset>} or {@code <meta http-equiv content-type>}, if known. */
    static Charset metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(matcher.group(1));
            // A page read as ASCII cannot be UTF-16; browsers take such a declaration as UTF-8.
            return isWide(charset) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException e) {
            return null; // an unknown name in the page itself: fall back to UTF-8 rather than reject the article
        }
    }

    private static boolean isUtf8WithNonAscii(byte[] body) {
        boolean nonAscii = false;
        for (byte b : body) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static boolean isLatin1Family(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                || charset.name().equalsIgnoreCase("windows-1252");
    }

    /** windows-1252 with its five unassigned bytes mapped to the C1 controls of the same value (as WHATWG does). */
    private static char[] windows1252Table() {
        char[] table = new char[256];
        Charset windows1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String decoded = new String(new byte[] {(byte) b}, windows1252);
            table[b] = decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' ? decoded.charAt(0) : (char) b;
        }
        return table;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters in the first block mean a file format, not text. */
    static boolean looksBinary(byte[] body) {
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
}
