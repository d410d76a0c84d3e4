package news.summarizer.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of short German prose (a summary, an article): counted and split where a sentence ends, not after an
 * abbreviation or an ordinal ("am 4. November"); and the sentence around an offset, good enough to quote as evidence.
 */
public final class Sentences {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"“”»«']?(?=\\s+[\"„“»«]?\\p{Lu}|\\s*$)");
    private static final Pattern NOT_AN_END = Pattern.compile(
            "(?:(?<!\\d)\\d{1,2}|\\b(?:Dr|Prof|St|Nr|Abs|Art|bzw|ca|vgl|z\\. ?B|u\\. ?a|d\\. ?h|Mio|Mrd|Hr|Fr|Jh|ggf|inkl|evtl))$");

    private Sentences() {
    }

    /** How many sentences the text has; a non-blank text without a full stop is one. */
    public static int count(String text) {
        return split(text).size();
    }

    /** The text's sentences in order, each stripped; text after the last full stop is a sentence of its own. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        String stripped = text.strip();
        Matcher matcher = SENTENCE_END.matcher(stripped);
        int start = 0;
        while (matcher.find()) {
            String before = stripped.substring(Math.max(0, matcher.start() - 6), matcher.start());
            if (!NOT_AN_END.matcher(before).find()) {
                add(sentences, stripped.substring(start, matcher.end()));
                start = matcher.end();
            }
        }
        add(sentences, stripped.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }

    /** The sentence containing {@code offset}, cut to at most {@code maxLength} characters around it. */
    static TextIndex.Span around(String text, int offset, int maxLength) {
        int start = offset;
        while (start > 0 && !isBoundary(text, start - 1)) {
            start--;
        }
        int end = offset;
        while (end < text.length() && !isBoundary(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++; // keep the full stop
        }
        while (start < offset && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (end - start > maxLength) {
            start = Math.max(start, offset - maxLength / 2);
            end = Math.min(end, start + maxLength);
        }
        return new TextIndex.Span(start, text.substring(start, end).strip());
    }

    private static boolean isBoundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        boolean followedBySpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        boolean afterDigit = i > 0 && Character.isDigit(text.charAt(i - 1)); // "4. November"
        return followedBySpace && !afterDigit;
    }
}
