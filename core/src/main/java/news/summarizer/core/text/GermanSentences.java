package news.summarizer.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one German sentence splitter: the offline engine, grounding, the model's summary check and the splitting of
 * long articles all agree on where a sentence ends. A sentence ends at {@code . ! ? …} (with closing quotes or
 * brackets) before a capital, digit or opening quote, and at every line break. Not after a known abbreviation
 * ("Dr.", "ca.", "z.B."), an ordinal ("am 12. März", "1. FC"), or an initial ("John F. Kennedy").
 */
public final class GermanSentences {

    private static final Set<String> ABBREVIATIONS = Set.of("ca", "Mio", "Mrd", "Dr", "Prof", "Nr", "St", "bzw",
            "usw", "etc", "vgl", "ggf", "inkl", "evtl", "Jh", "Abs", "Art", "Str", "sog", "geb", "Hr", "Fr", "u.a",
            "z.B", "d.h", "u.U", "i.d.R", "z.T", "o.ä", "v.a", "Tel", "Bd", "Mill", "Min", "Std", "Mo", "Di", "Mi", "Do",
            "Sa", "So", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Mrz", "Bzw",
            "Hrsg", "Ing", "Dipl", "jr", "Jr", "sen", "vs", "gem", "lt", "zzgl", "abzgl", "Co", "Corp", "Inc", "Ltd",
            "Mr", "Mrs", "Ms", "bspw", "z", "u", "d", "o", "v", "i");
    private static final String CLOSERS = "\"“”»«'’)]";
    private static final String OPENERS = "\"„“»«‚'(";

    private GermanSentences() {
    }

    /** Sentences of {@code text}, in order, without surrounding whitespace; blank lines give none. */
    public static List<TextSpan> split(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < text.length() && (".!?…".indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                if (endsHere(text, start, i, end)) {
                    add(text, start, end, sentences);
                    start = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    /** Whether {@code word} (without its full stop) is an abbreviation that takes one ("Dr", "ca", "z.B"). */
    static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word);
    }

    /** The sentences of {@code text} as strings, in order. */
    public static List<String> texts(String text) {
        return text == null ? List.of() : split(text).stream().map(sentence -> sentence.of(text)).toList();
    }

    /** How many sentences {@code text} has (at least one when it is not blank). */
    public static int count(String text) {
        return split(text).size();
    }

    /** The sentence that contains {@code offset}, cut to at most {@code maxLength} characters around it. */
    public static TextSpan around(String text, int offset, int maxLength) {
        TextSpan found = null;
        for (TextSpan sentence : split(text)) {
            if (sentence.start() <= offset && offset < Math.max(sentence.end(), sentence.start() + 1)) {
                found = sentence;
                break;
            }
        }
        if (found == null) {
            found = new TextSpan(offset, Math.min(text.length(), offset + 1));
        }
        int start = found.start();
        int end = found.end();
        if (end - start > maxLength) {
            start = Math.max(start, offset - maxLength / 2);
            end = Math.min(end, start + maxLength);
        }
        return trim(text, start, end);
    }

    /**
     * Whether a full stop at the end of {@code piece} is not a sentence end: an abbreviation, an ordinal or an
     * initial. For splitters that propose ends of their own.
     */
    public static boolean falseEnd(String piece) {
        String stripped = piece.stripTrailing();
        return !stripped.isEmpty() && stripped.endsWith(".") && falseEnd(stripped, 0, stripped.length() - 1);
    }

    private static boolean endsHere(String text, int sentenceStart, int mark, int end) {
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            return gluedEnd(text, sentenceStart, mark, end); // "3.5", "z.B.", "www.example.de" are none
        }
        int next = end;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char following = text.charAt(next);
        if (OPENERS.indexOf(following) >= 0 || following == '-' || following == '–') {
            following = next + 1 < text.length() ? text.charAt(next + 1) : 'A';
        }
        if (!Character.isUpperCase(following) && !Character.isDigit(following) && OPENERS.indexOf(following) < 0) {
            return false;
        }
        return text.charAt(mark) != '.' || !falseEnd(text, sentenceStart, mark);
    }

    /**
     * A sentence end without its space, as agency copy has it ("teilte das Amt mit.Durch die …"): a word of three
     * lower-case letters or more, the full stop, and a capitalised word. Not "3.5", "z.B.Die", "www.Example.de".
     */
    private static boolean gluedEnd(String text, int sentenceStart, int mark, int end) {
        if (text.charAt(mark) != '.' || end != mark + 1 || end + 1 >= text.length()
                || !Character.isUpperCase(text.charAt(end)) || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int wordStart = mark;
        while (wordStart > sentenceStart && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, mark);
        boolean lowerTail = word.length() >= 3 && word.chars().skip(1).allMatch(Character::isLowerCase);
        return lowerTail && (wordStart == 0 || Character.isWhitespace(text.charAt(wordStart - 1)))
                && !falseEnd(text, sentenceStart, mark);
    }

    /** The word before the full stop at {@code dot} makes it no sentence end. */
    private static boolean falseEnd(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from && (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (word.length() <= 3 && word.chars().allMatch(Character::isDigit)) {
            return true; // ordinal: "am 12. März", "1. FC Lindenau"
        }
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)); // initial: "John F. Kennedy"
    }

    private static void add(String text, int start, int end, List<TextSpan> sentences) {
        TextSpan span = trim(text, start, end);
        if (span.length() > 0) {
            sentences.add(span);
        }
    }

    private static TextSpan trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
