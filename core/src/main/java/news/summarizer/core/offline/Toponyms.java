package news.summarizer.core.offline;

import java.util.List;
import java.util.Locale;
import news.summarizer.core.text.GermanLexicon;

/**
 * German place names are compounds with a few typical last parts ("-dorf", "-hausen", "-ingen", "-straße"): a name
 * the dictionary does not know that ends like that is a place ("Kleinwendorf", "Ostermarkhausen", "Ulmenallee").
 * A common noun with such an ending ("Bahnhof", "Sportplatz") is no place name.
 */
final class Toponyms {

    private static final List<String> ENDINGS = List.of("dorf", "hausen", "ingen", "heim", "stadt", "burg", "berg",
            "thal", "tal", "furt", "feld", "bach", "stedt", "leben", "rode", "kirchen", "hagen", "münde", "straße",
            "strasse", "gasse", "allee", "ufer", "weg", "platz", "damm", "chaussee");

    private Toponyms() {
    }

    static boolean looksLikePlace(String name) {
        String word = GermanLexicon.withoutGenitive(name);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !GermanLexicon.isCommonNoun(word)
                && hasPlaceEnding(word);
    }

    /** Ends like a place name, whatever else it may be ("Rosenfeld" is a place or a surname, never a thing). */
    static boolean hasPlaceEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && lower.length() >= ending.length() + 3) {
                return true;
            }
        }
        return false;
    }
}
