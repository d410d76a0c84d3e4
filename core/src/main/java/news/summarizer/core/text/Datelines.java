package news.summarizer.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency datelines at the start of a sentence: {@code "Berlin (dpa) - "}, {@code "BERLIN (Reuters) – "},
 * {@code "Hamburg/Berlin (dpa/lno) - "}, {@code "Frankfurt am Main (AFP) "}, {@code "Washington - "},
 * {@code "Lindenau (epd). "}, {@code "FRANKFURT, July 10 (Reuters) - "}, {@code "Lindenau. "}. They stay in the
 * article text (offsets refer to it) but never open a headline, a summary sentence or a key point: every place
 * that quotes a sentence or finishes a model's draft asks this class where the content begins.
 */
public final class Datelines {

    /** A place word: capitalised (or all capitals), with dots, apostrophes and hyphens (St. Gallen, Rheda-Wiedenbrück). */
    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String PLAIN_WORD = "\\p{Lu}[\\p{L}'’-]*";
    /** Lower-case joints of place names: Frankfurt am Main, Ras el Kolbar, Rio de Janeiro, Halle an der Saale. */
    private static final String JOINT = "(?:am|an der|an|im|in der|in|ob der|ob|bei|auf|el|al|de|del|da|do|di|la|le|sur|upon|on)";
    private static final String PLACE = WORD + "(?:(?: " + JOINT + ")? " + WORD + "){0,3}(?:/" + WORD + "(?: " + WORD + ")?){0,3}";
    /** "(dpa)", "(Oder)", "(dpa/lno)", "(Reuters)": short parentheses after the place, at most two. */
    private static final String PARENS = "(?: ?\\([^()\\n]{1,30}\\)){1,2}";
    /** An English agency date between place and agency: "FRANKFURT, July 10 (Reuters)". */
    private static final String AGENCY_DATE = "(?:, [\\p{L}0-9. ]{1,20})?";
    /** A dash between spaces: "Berlin-Mitte" is a place name, not a dateline. */
    private static final String DASH = " +[-–—]{1,2}(?:\\s+(?=\\S)|\\s*\\z)";

    private static final Pattern WITH_DASH = Pattern.compile(
            "\\A(" + PLACE + ")(?:" + AGENCY_DATE + "(" + PARENS + "))?[.,:]?" + DASH);
    private static final Pattern AGENCY_ONLY = Pattern.compile(
            "\\A(" + PLACE + ")" + AGENCY_DATE + "(" + PARENS + ")(?:(?:[.:,] ?| )(?=[\\p{Lu}\"„“«»'‚])|[.:,]?\\z)");
    /** "Lindenau. In …", "Offenbach/Main Der …": one place, then a full stop or a sentence-opening article. */
    private static final Pattern PLACE_STOP = Pattern.compile(
            "\\A(" + PLAIN_WORD + "(?:/" + PLAIN_WORD + ")?)(?:\\.(?: +(?=\\p{Lu})|\\z)| (?=(?:Der|Die|Das|Ein|Eine) ))");

    /** Words that open German sentences and are capitalised like places: never the start of a dateline. */
    private static final Set<String> NOT_PLACES = Set.copyOf(List.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "er", "sie", "es", "wir", "ich",
            "ihr", "man", "auch", "aber", "doch", "und", "oder", "nun", "jetzt", "heute", "gestern", "morgen", "so",
            "dann", "da", "dies", "diese", "dieser", "dieses", "wer", "was", "wie", "wo", "wann", "warum", "nach",
            "vor", "bei", "mit", "im", "am", "in", "an", "auf", "für", "von", "zu", "zum", "zur", "um", "seit", "laut",
            "ja", "nein", "nicht", "kein", "keine", "alle", "viele", "mehr", "erst", "noch", "schon", "the", "a", "an",
            "in", "on", "at", "it", "he", "she", "we", "they", "this", "but", "and", "yes", "no", "le", "la", "les",
            "el", "los", "las", "un", "una"));

    private static final Set<String> AGENCIES = Set.copyOf(List.of(
            "dpa", "afp", "ap", "reuters", "epd", "kna", "dts", "sid", "apa", "sda", "ots", "ddp", "afx", "dpa-afx",
            "ansa", "efe", "bloomberg", "idea", "upi", "tass", "xinhua", "belga", "anp", "dapd", "rtr", "lno", "lrs",
            "lby", "lsw", "lhe", "lnw", "lni", "lmv", "lsa", "lth", "lbn", "kap", "pa", "ips"));

    private Datelines() {
    }

    /** Agency copy's credit glued after the last sentence: "… seien./abc/de/dpa". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("[.!?…][\"“”»«]?((?:/\\p{L}{1,6})+)\\s*$");

    /**
     * The length of {@code sentence} without a credit glued after its end ("Es bestehe Gefahr./abc/de" is "Es
     * bestehe Gefahr."): the credit is neither text nor, for want of closing punctuation, a heading.
     */
    public static int withoutTrailingCredit(String sentence) {
        Matcher credit = TRAILING_CREDIT.matcher(sentence);
        return credit.find() ? credit.start(1) : sentence.length();
    }

    /** Characters of the dateline at the start of a sentence (with its dash and spaces), 0 when there is none. */
    public static int leadingDatelineLength(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return 0;
        }
        Matcher dash = WITH_DASH.matcher(sentence);
        if (dash.find() && isPlace(dash.group(1))) {
            return dash.end();
        }
        Matcher agency = AGENCY_ONLY.matcher(sentence);
        if (agency.find() && isPlace(agency.group(1)) && namesAgency(agency.group(2))) {
            return agency.end();
        }
        Matcher stop = PLACE_STOP.matcher(sentence);
        if (stop.find() && isPlace(stop.group(1)) && stop.group(1).length() >= 3) {
            return stop.end() + (sentence.length() > stop.end() && sentence.charAt(stop.end()) == ' ' ? 1 : 0);
        }
        return 0;
    }

    /**
     * Characters of a dateline that names a news agency ("Berlin (dpa) - ", "Stockholm (AFP) "), 0 otherwise. For
     * model-written text, where "Hartwig – eine Kanzlerin unter Druck" is a headline and no dateline.
     */
    public static int leadingAgencyDatelineLength(String text) {
        int length = leadingDatelineLength(text);
        return length > 0 && namesAgency(text.substring(0, length)) ? length : 0;
    }

    /** Model-written text without a leading agency dateline it copied from the article. */
    public static String stripAgencyDateline(String text) {
        return text == null ? null : text.substring(leadingAgencyDatelineLength(text)).strip();
    }

    /** The sentence without its leading dateline; a sentence that is only a dateline becomes empty. */
    public static String strip(String sentence) {
        if (sentence == null) {
            return null;
        }
        return sentence.substring(leadingDatelineLength(sentence)).strip();
    }

    private static boolean isPlace(String place) {
        String first = place.split("[ /]", 2)[0].replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
        return !NOT_PLACES.contains(first);
    }

    private static boolean namesAgency(String parentheses) {
        for (String token : parentheses.toLowerCase(Locale.ROOT).split("[()/,;\\s]+")) {
            if (AGENCIES.contains(token) || token.startsWith("dpa")) {
                return true;
            }
        }
        return false;
    }
}
