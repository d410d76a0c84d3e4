package news.summarizer.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings text into the one canonical form that ids, offsets and grounding rely on: NFC, Unix line ends, no
 * invisible characters, single spaces, trimmed lines and at most one blank line between paragraphs.
 */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    // Both match only what changes (a run of two or more, an odd space; a space at a line break): one matching every
    // single space or line break rebuilt the whole text, and normalising was a tenth of a warm request (JFR).
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile(
            "[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]{2,}|[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" +\\n *|\\n +");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String result = Normalizer.normalize(text, Normalizer.Form.NFC);
        result = LINE_BREAK.matcher(result).replaceAll("\n");
        result = INVISIBLE.matcher(result).replaceAll("");
        result = HORIZONTAL_SPACE.matcher(result).replaceAll(" ");
        result = SPACE_AROUND_NEWLINE.matcher(result).replaceAll("\n");
        result = MANY_NEWLINES.matcher(result).replaceAll("\n\n");
        return result.strip();
    }
}
