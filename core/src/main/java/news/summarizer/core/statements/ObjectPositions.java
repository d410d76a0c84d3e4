package news.summarizer.core.statements;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a name stands as an object or an attribute in its clause, not as the one who acts: a preposition or an
 * object's article among the few words before it ("mit dem neuen Chef Tomasz Wierzbicki", "vor den Stadtwerken"), or
 * the genitive after a noun ("das Programm der Landesregierung"). The statement finder asks it of the person a pronoun
 * refers to, salience of every mention of a person.
 */
final class ObjectPositions {

    /** Prepositions and the articles of objects ("dem", "den", "des"). */
    private static final Set<String> OBJECT_MARKERS = Set.of("an", "am", "auf", "aus", "bei", "beim", "durch", "für",
            "gegen", "gegenüber", "hinter", "in", "im", "laut", "mit", "nach", "neben", "ohne", "seit", "trotz", "über",
            "um", "unter", "von", "vom", "vor", "wegen", "zu", "zum", "zur", "zwischen", "angesichts", "dem", "den", "des");
    /** How many words before the name are looked at ("mit dem neuen Chef Hartwig"). */
    private static final int WORDS = 4;

    private ObjectPositions() {
    }

    /** Whether the name starting at {@code at} in {@code text} is an object or an attribute. */
    static boolean isObject(String text, int at) {
        for (int words = 0; words < WORDS; words++) {
            int end = at;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end == 0 || !Character.isLetterOrDigit(text.charAt(end - 1))) {
                return false; // the clause starts here
            }
            int start = end;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            String word = text.substring(start, end);
            if (OBJECT_MARKERS.contains(word.toLowerCase(Locale.ROOT)) || word.equals("der") && genitive(text, start)) {
                return true;
            }
            if (Character.isLowerCase(word.charAt(0)) && GermanVerbs.isFiniteVerb(word)) {
                return false; // "sagte Hartwig": the name after the verb is its subject
            }
            at = start;
        }
        return false;
    }

    /** "der" right after a noun or a number inside the sentence: "das Programm der Regierung", "2023 der Regierung". */
    private static boolean genitive(String text, int derStart) {
        int end = derStart;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == derStart || end == 0) {
            return false;
        }
        char before = text.charAt(end - 1);
        if (Character.isDigit(before)) {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean sentenceStart = start == 0 || ".!?\n".indexOf(previousNonSpace(text, start)) >= 0;
        return start < end && Character.isUpperCase(text.charAt(start)) && !sentenceStart;
    }

    private static char previousNonSpace(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 ? '\n' : text.charAt(i - 1);
    }
}
