package news.summarizer.core.grounding;

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
            char f = fold(c);
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
        int at = folded.indexOf(needle, from);
        if (at < 0) {
            return null;
        }
        int start = originalOffsets[at];
        int end = originalOffsets[at + needle.length() - 1] + 1;
        return new Span(start, original.substring(start, end));
    }

    /**
     * Like {@link #find} for names, but tolerant of German inflection: "Deutsche Bahn" also matches "der Deutschen
     * Bahn", "Europäische Kommission" matches "der Europäischen Kommission".
     */
    Span findInflected(String name) {
        Span exact = find(name, 0);
        if (exact != null) {
            return exact;
        }
        java.util.regex.Matcher matcher = inflectedPattern(name).matcher(folded);
        if (!matcher.find()) {
            return null;
        }
        int start = originalOffsets[matcher.start()];
        int end = originalOffsets[matcher.end() - 1] + 1;
        return new Span(start, original.substring(start, end));
    }

    /** Counts the tolerant matches of a name (for mention counts). */
    int countInflected(String name) {
        java.util.regex.Matcher matcher = inflectedPattern(name).matcher(folded);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static java.util.regex.Pattern inflectedPattern(String name) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = foldQuery(name).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append(' ');
            }
            regex.append(java.util.regex.Pattern.quote(stem(words[i]))).append("\\p{L}{0,3}");
        }
        return java.util.regex.Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
    }

    private static String stem(String word) {
        if (word.length() <= 4) {
            return word;
        }
        for (String ending : new String[] {"en", "er", "es", "em", "e", "n", "s"}) {
            if (word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private int foldedIndexOf(int originalOffset) {
        int index = java.util.Arrays.binarySearch(originalOffsets, originalOffset);
        return index >= 0 ? index : -index - 1;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || c == '\u00A0') {
            return ' ';
        }
        return switch (c) {
            case '„', '“', '”', '‟', '«', '»', '"', '‚', '‘', '’', '‛', '‹', '›', '\'', '`', '´' -> '"';
            case '‐', '‑', '‒', '–', '—', '−' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    /** A verbatim stretch of the article. */
    record Span(int offset, String text) {
    }
}
