package news.summarizer.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one inflection-tolerant name matcher: German names take case endings ("Kunz" → "Kunz'", "Putins",
 * "der Deutschen Bahn", "des Kremls"), so a name is found by its stem with any such ending, as a whole word.
 */
public final class NameForms {

    /** What German declension adds to a base form: "Müllers", "der Deutschen Bahn", "des Kremls", "Bremens". */
    private static final String CASE_ENDING = "(?:en|er|es|em|ns|e|n|s)?";
    private static final String LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * Compiled case-form patterns by folded name: grounding, linking and the fact check ask for the same few names
     * many times per request, and compiling one was a good part of a warm request's time. Bounded by clearing.
     */
    private static final Map<String, Pattern> DECLINED = new ConcurrentHashMap<>();
    private static final int DECLINED_CACHE_SIZE = 4096;
    private static final String[] ENDINGS = {"s", "es", "n", "en", "'", "’"};

    private NameForms() {
    }

    /** "Strafgerichtshofs" → "Strafgerichtshof", "Hauses" → "Haus", "Kunz'" → "Kunz"; "Kongress", "Markus" stay. */
    public static String withoutGenitive(String word) {
        return GermanLexicon.withoutGenitive(word);
    }

    /** Whether {@code text} names {@code word}, also with a genitive or plural ending, as a whole word. */
    public static boolean mentions(String text, String word) {
        return next(text, word, 0) >= 0;
    }

    /** How often {@code text} names {@code word}, also with a genitive or plural ending, as a whole word. */
    public static int count(String text, String word) {
        int count = 0;
        for (int at = next(text, word, 0); at >= 0; at = next(text, word, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * The next offset from {@code from} where {@code word} starts a whole word, bare or with one of the endings
     * s, es, n, en or an apostrophe. A plain search is many times faster than a pattern with look-arounds.
     */
    private static int next(String text, String word, int from) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            int end = at + word.length();
            if (wordEndsAt(text, end)) {
                return at;
            }
            for (String ending : ENDINGS) {
                if (text.startsWith(ending, end) && wordEndsAt(text, end + ending.length())) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static boolean wordEndsAt(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** How often {@code text} has {@code word} exactly, as a whole word (no ending). */
    public static int countExact(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean ends = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            count += starts && ends ? 1 : 0;
        }
        return count;
    }

    /**
     * A pattern for a (search-folded, lower-case) multi-word name in any case form: each word of three or more
     * letters is cut to the base form {@link GermanLexicon#stem} gives and may take a case ending ("deutsche bahn"
     * finds "deutschen bahn", "kreml" finds "kremls", "müller" finds "müllers": the dictionary knows "Müller" as a
     * base form, where cutting a suffix by rule left "müll" and missed the genitive). Codes with digits ("h7n3",
     * "a380", "covid-19") match only as written.
     */
    public static Pattern declined(String foldedName) {
        Pattern cached = DECLINED.get(foldedName);
        if (cached != null) {
            return cached;
        }
        if (DECLINED.size() >= DECLINED_CACHE_SIZE) {
            DECLINED.clear();
        }
        Pattern compiled = compileDeclined(foldedName);
        DECLINED.put(foldedName, compiled);
        return compiled;
    }

    private static Pattern compileDeclined(String foldedName) {
        StringBuilder regex = new StringBuilder();
        String[] words = foldedName.split(" ");
        for (int i = 0; i < words.length; i++) {
            String stem = GermanLexicon.stem(words[i]);
            boolean stemmed = stem.length() >= 3 && !words[i].chars().anyMatch(Character::isDigit);
            String literal = Pattern.quote(stemmed ? stem : words[i]);
            // The pattern opens with the literal and checks the word start behind it ("no letter before the
            // literal"): the same matches as a leading lookbehind, but a pattern that opens with a literal is
            // searched for with Boyer-Moore instead of being tried at every position of the article.
            regex.append(i == 0 ? literal + "(?<!" + LETTER_OR_DIGIT + literal + ")" : " " + literal)
                    .append(stemmed ? CASE_ENDING : "");
        }
        return Pattern.compile(regex.append(WORD_END).toString());
    }

    /** Same name, ignoring case, diacritics and a genitive ending on each word ("Möllers" = "Möller"). */
    public static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * What {@link #sameName} compares: two names are the same name when their keys are equal. For comparing one
     * name with many (each mention with each actor) without computing the same key again.
     */
    public static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : WHITESPACE.split(name.strip())) {
            key.append(key.length() == 0 ? "" : " ").append(Folding.name(withoutGenitive(word)));
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

}
