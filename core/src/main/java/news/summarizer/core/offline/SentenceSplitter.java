package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits one line of the article into sentences. The UD sentence model splits after "ca.", "Mio." and ordinals
 * ("am 12. März"), so its splits are repaired: a piece that ends in a known abbreviation or a short number with a
 * full stop, or a piece followed by one starting in lower case, is joined with the next.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("ca", "Mio", "Mrd", "Dr", "Prof", "Nr", "St", "bzw",
            "usw", "etc", "vgl", "ggf", "inkl", "evtl", "Jh", "Abs", "Art", "Str", "sog", "geb", "Hr", "Fr", "u.a",
            "z.B", "d.h", "u.U", "i.d.R", "z.T", "o.ä", "v.a", "Tel", "Bd", "Mill", "Min", "Std", "Mo", "Di", "Mi", "Do",
            "Sa", "So", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "B", "T", "a", "v");
    private static final Pattern ENDS_WITH_ORDINAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,3}\\.$");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{Lu}\\.$");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.$");

    private SentenceSplitter() {
    }

    /** Sentence spans relative to {@code line}. */
    static List<Span> split(SentenceDetectorME detector, String line) {
        Span[] raw = detector.sentPosDetect(line);
        List<Span> joined = new ArrayList<>();
        Span pending = null;
        for (Span span : raw) {
            if (pending == null) {
                pending = span;
            } else if (mustJoin(line, pending, span)) {
                pending = new Span(pending.getStart(), span.getEnd());
            } else {
                joined.add(pending);
                pending = span;
            }
        }
        if (pending != null) {
            joined.add(pending);
        }
        return joined;
    }

    private static boolean mustJoin(String line, Span piece, Span next) {
        String text = line.substring(piece.getStart(), piece.getEnd()).stripTrailing();
        String following = line.substring(next.getStart(), next.getEnd()).stripLeading();
        if (!following.isEmpty() && Character.isLowerCase(following.charAt(0))) {
            return true;
        }
        if (ENDS_WITH_ORDINAL.matcher(text).find() || ENDS_WITH_INITIAL.matcher(text).find()) {
            return true;
        }
        var lastWord = LAST_WORD.matcher(text);
        return lastWord.find() && ABBREVIATIONS.contains(lastWord.group(1));
    }
}
