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

    /**
     * The words without quote marks around them (a model may copy a quotation with its marks). A mark that belongs to a
     * quotation inside the words stays: "Die Position sei „unverändert“" keeps its last mark, "„Plan B“ sei tot" its
     * first, so that what is left is never half a quotation.
     */
    public static String strip(String words) {
        int start = 0;
        int end = words.length();
        int beforeTrailingMarks = end;
        while (beforeTrailingMarks > 0 && isQuote(words.charAt(beforeTrailingMarks - 1))) {
            beforeTrailingMarks--;
        }
        while (start < end && isQuote(words.charAt(start)) && !closedWithin(words, start, beforeTrailingMarks)) {
            start++;
        }
        while (end > start && isQuote(words.charAt(end - 1)) && !closesOneOpenedIn(words, start, end - 1)) {
            end--;
        }
        return words.substring(start, end).strip();
    }

    /** Whether the mark at {@code at} is closed by a mark before {@code end}. */
    private static boolean closedWithin(String words, int at, int end) {
        String closers = closersOf(words.charAt(at));
        for (int i = at + 1; i < end; i++) {
            if (closers.indexOf(words.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mark at {@code at} closes a quotation opened after {@code from} and not closed before it. */
    private static boolean closesOneOpenedIn(String words, int from, int at) {
        char mark = words.charAt(at);
        int open = 0;
        for (int i = from; i < at; i++) {
            char c = words.charAt(i);
            if (c == mark && open > 0) {
                open--;
            } else if (closersOf(c).indexOf(mark) >= 0) {
                open++;
            }
        }
        return open > 0;
    }

    /** Whether quote marks stand right around {@code [start, end)} of {@code text}. */
    static boolean quoted(String text, int start, int end) {
        return start > 0 && end < text.length() && OPENING.indexOf(text.charAt(start - 1)) >= 0
                && CLOSING.indexOf(text.charAt(end)) >= 0;
    }
}
