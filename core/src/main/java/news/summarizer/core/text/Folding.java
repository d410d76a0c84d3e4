package news.summarizer.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ways of making two spellings of the same text compare equal. */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** One character for searching: lower case, every quote mark as {@code "}, every dash as {@code -}, spaces as ' '. */
    public static char searchFold(char c) {
        if (Character.isWhitespace(c) || c == '\u00A0') {
            return ' ';
        }
        return switch (c) {
            case '„', '“', '”', '‟', '«', '»', '"', '‚', '‘', '’', '‛', '‹', '›', '\'', '`', '´' -> '"';
            case '‐', '‑', '‒', '–', '—', '−' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    /**
     * A whole text folded by {@link #searchFold(char)}, one character for one, so that an offset in the folded text is
     * the same offset in the text.
     */
    public static String searchFold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = searchFold(text.charAt(i));
        }
        return new String(chars);
    }

    /** A name for comparison: lower case, diacritics removed, ß as ss ("Möller" = "moller", "Weiß" = "weiss"). */
    public static String name(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
