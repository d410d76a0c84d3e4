package news.summarizer.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into word tokens by rule, as fast as reading it: whitespace separates, quotes and brackets come
 * off a word's edges, and closing punctuation comes off its end unless the full stop belongs to the word (an
 * abbreviation "Dr.", an ordinal "1.", an initial "F."). Hyphenated compounds ("US-Präsident", "Albrecht-Wendel"),
 * numbers ("3,5", "21:28", "1.000") and slashes stay inside their token.
 */
public final class GermanTokens {

    /** Quotation marks and brackets; "´" and "`" stand in for quotation marks on keyboards without them. */
    private static final String OPENING = "\"„“”‚‘’'´`«»‹›([{";
    private static final String CLOSING = "\"“”‘’'´`«»‹›)]}.,;:!?…";

    private GermanTokens() {
    }

    public static List<TextSpan> tokenize(String text) {
        List<TextSpan> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                chunk(text, i, end, tokens);
            }
            i = end;
        }
        return tokens;
    }

    private static void chunk(String text, int start, int end, List<TextSpan> tokens) {
        while (start < end - 1 && OPENING.indexOf(text.charAt(start)) >= 0) {
            tokens.add(new TextSpan(start, start + 1));
            start++;
        }
        List<TextSpan> trailing = new ArrayList<>();
        while (end - 1 > start && CLOSING.indexOf(text.charAt(end - 1)) >= 0 && !keepsFullStop(text, start, end)) {
            trailing.add(0, new TextSpan(end - 1, end));
            end--;
        }
        tokens.add(new TextSpan(start, end));
        tokens.addAll(trailing);
    }

    /** "Dr.", "1.", "F.", "z.B.": the full stop is part of the word. */
    private static boolean keepsFullStop(String text, int start, int end) {
        if (text.charAt(end - 1) != '.') {
            return false;
        }
        String word = text.substring(start, end - 1);
        if (word.isEmpty() || word.chars().anyMatch(c -> CLOSING.indexOf(c) >= 0 && c != '.')) {
            return false;
        }
        return GermanSentences.isAbbreviation(word)
                || word.length() <= 3 && word.chars().allMatch(Character::isDigit)
                || word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || word.indexOf('.') > 0 && word.length() <= 6; // "z.B", "u.a", "U.S"
    }
}
