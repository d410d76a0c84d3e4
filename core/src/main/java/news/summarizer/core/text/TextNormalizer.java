package news.summarizer.core.text;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Brings text into the one canonical form that ids, offsets and grounding rely on: NFC, Unix line ends, no
 * invisible characters, single spaces, trimmed lines and at most one blank line between paragraphs.
 */
public final class TextNormalizer {

    // Unicode escapes in these literals are turned into the characters themselves by the compiler: each string is
    // the set a rule's pattern matches, and what its check looks for.
    private static final String INVISIBLE_CHARACTERS = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    /** The horizontal spaces besides the plain one (one of them alone is a change; a plain space only doubled). */
    private static final String ODD_SPACES = "\t\u000B\f\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
            + "\u2007\u2008\u2009\u200A\u202F\u205F\u3000";
    /** Line breaks besides \n and \r (\r alone or before \n becomes \n). */
    private static final String ODD_LINE_BREAKS = "\u2028\u2029\u0085";
    private static final Pattern INVISIBLE = Pattern.compile("[" + INVISIBLE_CHARACTERS + "]");
    // Both match only what changes (a run of two or more, an odd space; a space at a line break): one matching every
    // single space or line break rebuilt the whole text, and normalising was a tenth of a warm request (JFR).
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[" + ODD_SPACES + " ]{2,}|[" + ODD_SPACES + "]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[" + ODD_LINE_BREAKS + "]");
    private static final BitSet INVISIBLE_SET = set(INVISIBLE_CHARACTERS);
    private static final BitSet ODD_SPACE_SET = set(ODD_SPACES);
    private static final BitSet LINE_BREAK_SET = set("\r" + ODD_LINE_BREAKS);
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" +\\n *|\\n +");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String result = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Each rule runs only where the text holds what it can match: most articles arrive clean, and the regex
        // engine's search over the whole text (five times, under the Lambda runtime's C1-only JIT) was 2-3 % of a warm
        // model request's CPU (JFR, cold-start benchmark), while a plain scan for the characters costs a few
        // microseconds. The checks read the text as the previous rule left it: removing an invisible character can
        // make two spaces meet (a soft hyphen between two spaces).
        if (containsAny(result, LINE_BREAK_SET)) {
            result = LINE_BREAK.matcher(result).replaceAll("\n");
        }
        if (containsAny(result, INVISIBLE_SET)) {
            result = INVISIBLE.matcher(result).replaceAll("");
        }
        if (result.contains("  ") || containsAny(result, ODD_SPACE_SET)) {
            result = HORIZONTAL_SPACE.matcher(result).replaceAll(" ");
        }
        if (result.contains(" \n") || result.contains("\n ")) {
            result = SPACE_AROUND_NEWLINE.matcher(result).replaceAll("\n");
        }
        if (result.contains("\n\n\n")) {
            result = MANY_NEWLINES.matcher(result).replaceAll("\n\n");
        }
        return result.strip();
    }

    private static BitSet set(String characters) {
        BitSet set = new BitSet();
        characters.chars().forEach(set::set);
        return set;
    }

    private static boolean containsAny(String text, BitSet characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
