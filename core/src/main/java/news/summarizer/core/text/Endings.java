package news.summarizer.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of lower-case word endings ("ministerium", "amt", "rat"), asked whether a word ends in one of them. The
 * reading asks this for every capitalised word, several lists per word, and most words end in none: instead of
 * trying every ending in turn ({@code String.endsWith} 30 times for "Brücke"), only the endings with the word's last
 * character are tried ("amt" and "rat" are never tried for "Brücke"). The answers are those of trying them all.
 */
public final class Endings {

    /** The endings by their last character (Latin-1: German's letters), each group in the order given. */
    private final String[][] byLatin1 = new String[256][];
    /** The same for endings whose last character lies beyond Latin-1. */
    private final Map<Character, String[]> byOther;

    private Endings(Map<Character, List<String>> groups) {
        Map<Character, String[]> other = new HashMap<>();
        groups.forEach((last, group) -> {
            if (last < byLatin1.length) {
                byLatin1[last] = group.toArray(String[]::new);
            } else {
                other.put(last, group.toArray(String[]::new));
            }
        });
        this.byOther = Map.copyOf(other);
    }

    /** The endings, each non-empty and lower-case. */
    public static Endings of(String... endings) {
        Map<Character, List<String>> groups = new HashMap<>();
        for (String ending : endings) {
            if (ending.isEmpty()) {
                throw new IllegalArgumentException("An empty ending would match every word");
            }
            groups.computeIfAbsent(ending.charAt(ending.length() - 1), last -> new ArrayList<>()).add(ending);
        }
        return new Endings(groups);
    }

    /** Whether {@code word} ends in one of the endings (compared as given: pass the word lower-cased). */
    public boolean end(String word) {
        return end(word, 0);
    }

    /**
     * Whether {@code word} ends in one of the endings with at least {@code before} characters in front of it: with 3,
     * "Landgericht" ends in "gericht", the bare "Gericht" does not.
     */
    public boolean end(String word, int before) {
        if (word.isEmpty()) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        String[] candidates = last < byLatin1.length ? byLatin1[last] : byOther.get(last);
        if (candidates == null) {
            return false;
        }
        for (String ending : candidates) {
            if (word.endsWith(ending) && word.length() >= ending.length() + before) {
                return true;
            }
        }
        return false;
    }
}
