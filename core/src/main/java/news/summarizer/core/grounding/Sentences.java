package news.summarizer.core.grounding;

/** Finds the sentence around an offset, good enough to quote as evidence. */
public final class Sentences {

    private Sentences() {
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
