package news.summarizer.core.offline;

import java.util.Locale;
import java.util.Set;
import news.summarizer.core.text.GermanLexicon;

/**
 * Whether an abbreviation stands for a full name by its letters: "BfKV" for "Bundesamt für Kulturgutverwaltung",
 * "VdL" for "Verband der Lehrkräfte", "SVP" for "Sozialliberale Volkspartei". German abbreviations take the initial
 * of each word and often of the parts of a compound ("Volks-partei"), so the letters must occur in order, the first
 * at the name's start and each content word giving at least one.
 */
final class Abbreviations {

    /** Words an abbreviation may skip or take ("für", "der" in "VdL"; English "of" in "Bureau of Coastal Management"). */
    static final Set<String> FUNCTION_WORDS = Set.of("für", "der", "die", "das", "des", "den", "dem", "und",
            "von", "vom", "zur", "zum", "im", "in", "am", "an", "auf", "e.", "v.", "of", "for", "the", "and");

    private Abbreviations() {
    }

    static boolean initialsOf(String abbreviation, String fullName) {
        if (!Lexicon.isAcronym(abbreviation) || fullName.indexOf(' ') < 0 && fullName.indexOf('-') < 0) {
            return false;
        }
        String[] words = fullName.split("[ -]+");
        String letters = abbreviation.toLowerCase(Locale.ROOT);
        if (Character.toLowerCase(words[0].charAt(0)) != letters.charAt(0)) {
            return false;
        }
        return match(letters, 0, words, 0, 0, false);
    }

    /**
     * Matches {@code letters[l…]} against {@code words[w]} from character {@code c}; {@code used} says whether the
     * current word has given a letter yet. Every content word must give one; function words may give one.
     */
    private static boolean match(String letters, int l, String[] words, int w, int c, boolean used) {
        if (w == words.length) {
            return l == letters.length();
        }
        String word = words[w].toLowerCase(Locale.ROOT);
        boolean optional = FUNCTION_WORDS.contains(word) || used;
        if (optional && match(letters, l, words, w + 1, 0, false)) {
            return true; // this word gives no (further) letter
        }
        if (l == letters.length()) {
            return false;
        }
        int from = used ? c : 0;
        int limit = used ? word.length() : 1; // a word's first letter opens it; later ones open its compound parts
        for (int i = from; i < limit && i < word.length(); i++) {
            if (word.charAt(i) == letters.charAt(l) && (i == 0 || opensPart(word, i))
                    && match(letters, l + 1, words, w, i + 1, true)) {
                return true;
            }
        }
        return false;
    }

    /** "bundesamt" at 6 opens "Amt", "volkspartei" at 5 opens "Partei": a noun the dictionary knows starts there. */
    private static boolean opensPart(String word, int at) {
        String tail = word.substring(at);
        return tail.length() >= 3 && GermanLexicon.lookup(Character.toUpperCase(tail.charAt(0)) + tail.substring(1))
                .has(GermanLexicon.Kind.COMMON_NOUN);
    }
}
