package news.summarizer.core.grounding;

import java.util.regex.Pattern;

/**
 * Whether an article names something, tolerant of German declension ("der Deutschen Bahn" names "Deutsche Bahn",
 * "Hartwigs" names "Hartwig"), of case, quotes, dashes and line-break hyphenation. The one place the fact check asks;
 * it answers from the grounder's {@link TextIndex}, so the fact check and grounding agree on what the article names.
 */
public final class InflectedNames {

    private static final Pattern WORDS = Pattern.compile("[\\s\\u00A0]+");

    private final TextIndex index;

    private InflectedNames(TextIndex index) {
        this.index = index;
    }

    public static InflectedNames of(String text) {
        return new InflectedNames(TextIndex.of(text));
    }

    /**
     * Whether the name occurs as a whole (in any case form), or, for a name of several words, whether each of its
     * words does ("Lena Hartwig" when the article writes "Hartwig, Lena" or "Lena Maria Hartwig").
     */
    public boolean mentions(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            return true;
        }
        if (index.countInflected(stripped) > 0) {
            return true;
        }
        String[] words = WORDS.split(stripped);
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (index.countInflected(word) == 0) {
                return false;
            }
        }
        return true;
    }
}
