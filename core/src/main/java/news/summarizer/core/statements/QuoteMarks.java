package news.summarizer.core.statements;

/**
 * German quotation marks: „…“ (and the „…” of some typesetting), "…", »…« and «…» (Swiss and agency copy), and the
 * single forms ‚…‘ and ›…‹ for a quotation inside a quotation.
 */
public final class QuoteMarks {

    static final String OPENING = "„\"»«“‚›‹";
    static final String CLOSING = "“\"«»”‘‹›";

    private QuoteMarks() {
    }

    static boolean isQuote(char c) {
        return OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0 || c == '\'';
    }

    /** The mark that closes a quotation opened by {@code open}. */
    static String closersOf(char open) {
        return switch (open) {
            case '„' -> "“”\"";
            case '"' -> "\"“”";
            case '»' -> "«";
            case '«' -> "»";
            case '“' -> "”\"";
            case '‚' -> "‘’'";
            case '›' -> "‹";
            case '‹' -> "›";
            default -> "";
        };
    }

    /** The words without quote marks around them (a model may copy a quotation with its marks). */
    public static String strip(String words) {
        int start = 0;
        int end = words.length();
        while (start < end && isQuote(words.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(words.charAt(end - 1))) {
            end--;
        }
        return words.substring(start, end).strip();
    }

    /** Whether quote marks stand right around {@code [start, end)} of {@code text}. */
    static boolean quoted(String text, int start, int end) {
        return start > 0 && end < text.length() && OPENING.indexOf(text.charAt(start - 1)) >= 0
                && CLOSING.indexOf(text.charAt(end)) >= 0;
    }
}
