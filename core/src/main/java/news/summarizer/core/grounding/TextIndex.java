package news.summarizer.core.grounding;

import news.summarizer.core.text.Folding;
import news.summarizer.core.text.NameForms;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folded view of the article for tolerant searching: lower case, one kind of quote and dash, single spaces,
 * no soft hyphens, and words split by line-break hyphenation joined again. Every folded character remembers
 * its offset in the article, so a match maps back to a verbatim span.
 */
final class TextIndex {

    private final String original;
    private final String folded;
    private final int[] originalOffsets;

    private TextIndex(String original, String folded, int[] originalOffsets) {
        this.original = original;
        this.folded = folded;
        this.originalOffsets = originalOffsets;
    }

    static TextIndex of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] offsets = new int[text.length() + 1];
        int length = 0;
        boolean lastWasSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200B') {
                continue;
            }
            if (isHyphen(c) && i > 0 && Character.isLowerCase(text.charAt(i - 1)) && i + 2 < text.length()
                    && text.charAt(i + 1) == '\n' && Character.isLowerCase(text.charAt(i + 2))) {
                i++; // "Bundes-\nministerin": the hyphen and the line break only wrapped the word
                continue;
            }
            char f = Folding.searchFold(c);
            if (f == ' ') {
                if (lastWasSpace) {
                    continue;
                }
                lastWasSpace = true;
            } else {
                lastWasSpace = false;
            }
            folded.append(f);
            offsets[length++] = i;
        }
        offsets[length] = text.length();
        return new TextIndex(text, folded.toString(), java.util.Arrays.copyOf(offsets, length + 1));
    }

    static String foldQuery(String query) {
        return of(query.strip()).folded.strip();
    }

    /** The verbatim span of the article that matches {@code query} tolerantly, searching from {@code from}. */
    Span find(String query, int fromOriginalOffset) {
        String needle = foldQuery(query);
        if (needle.isEmpty()) {
            return null;
        }
        int from = foldedIndexOf(fromOriginalOffset);
        int at = bestMatch(needle, from);
        if (at < 0) {
            return null;
        }
        int start = originalOffsets[at];
        int end = originalOffsets[at + needle.length() - 1] + 1;
        return new Span(start, original.substring(start, end));
    }

    /**
     * The first whole-word match ("EU" as a word, not inside "neue"), else the first match at a word start
     * ("Putin" in "Putins"), else the first match at all.
     */
    private int bestMatch(String needle, int from) {
        int first = folded.indexOf(needle, from);
        int wordStart = -1;
        for (int at = first; at >= 0; at = folded.indexOf(needle, at + 1)) {
            boolean starts = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
            int end = at + needle.length();
            boolean ends = end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (starts && ends) {
                return at;
            }
            if (starts && wordStart < 0) {
                wordStart = at;
            }
        }
        return wordStart >= 0 ? wordStart : first;
    }

    /**
     * Like {@link #find} for names, but tolerant of German declension: "Deutsche Bahn" also matches "der Deutschen
     * Bahn", "Kreml" matches "des Kremls". Each word may differ only in a German case ending.
     */
    Span findInflected(String name) {
        Span exact = find(name, 0);
        if (exact != null) {
            return exact;
        }
        Matcher matcher = declined(name).matcher(folded);
        if (!matcher.find()) {
            return null;
        }
        int start = originalOffsets[matcher.start()];
        int end = originalOffsets[matcher.end() - 1] + 1;
        return new Span(start, original.substring(start, end));
    }

    /** How often the article names something, in any case form (for mention counts). */
    int countInflected(String name) {
        Matcher matcher = declined(name).matcher(folded);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Pattern declined(String name) {
        return NameForms.declined(foldQuery(name));
    }

    private int foldedIndexOf(int originalOffset) {
        int index = java.util.Arrays.binarySearch(originalOffsets, originalOffset);
        return index >= 0 ? index : -index - 1;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }


    /** A verbatim stretch of the article. */
    record Span(int offset, String text) {
    }
}
