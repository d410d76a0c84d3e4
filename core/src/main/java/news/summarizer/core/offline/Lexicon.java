package news.summarizer.core.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists the offline engine needs because there is no German NER model on Maven Central: country names,
 * common first names, well-known places and organisations, stop words (resources under {@code offline/}).
 */
final class Lexicon {

    static final Set<String> COUNTRIES = lines("countries.txt", true);
    static final Set<String> FIRST_NAMES = lines("first-names.txt", false);
    static final Set<String> PLACES = lines("places.txt", false);
    static final Set<String> ORGANIZATIONS = lines("organizations.txt", false);
    static final Set<String> STOP_WORDS = lines("stopwords.txt", false);

    /** Capitalised words the tagger calls proper nouns that never name an actor. */
    static final Set<String> NOT_NAMES = Set.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
            "Samstag", "Sonntag", "Sonnabend", "Euro", "Dollar", "Cent", "Prozent", "Ostern", "Weihnachten", "Dr.",
            "Prof.", "Dr", "Prof", "Herr", "Frau", "Gott", "Corona");

    /** Name particles that may stand inside a person's name ("Ursula von der Leyen", "Lula da Silva"). */
    static final Set<String> NAME_PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "du", "del",
            "della", "zu", "ter", "ten", "bin", "al", "el", "la", "le", "dos");

    /** Endings that make a name an organisation ("Deutsche Bahn", "Naturschutzbund", "Europäische Kommission"). */
    private static final String[] ORGANIZATION_ENDINGS = {"bahn", "kommission", "partei", "verband", "bund",
            "ministerium", "regierung", "bank", "gericht", "gerichtshof", "union", "rat", "agentur", "konzern", "institut",
            "universität", "stiftung", "amt", "behörde", "polizei", "armee", "gewerkschaft", "verein", "akademie",
            "parlament", "komitee", "kammer", "versicherung", "zeitung", "fraktion", "verwaltung", "staatsanwaltschaft",
            "organisation"};
    /** Heads that only count as whole words: "Weißes Haus" is an institution, "Feldhaus" a surname. */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("haus", "ag", "gmbh", "se", "kg", "news", "gruppe",
            "holding", "airlines", "werke", "sender", "post");

    private Lexicon() {
    }

    /** Whether a word, or the last part of a compound, is a typical head of an organisation's name. */
    static boolean isOrganizationHead(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int hyphen = lower.lastIndexOf('-');
        String head = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
        if (ORGANIZATION_WORDS.contains(head)) {
            return true;
        }
        for (String ending : ORGANIZATION_ENDINGS) {
            if (head.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The country a word names, also in the genitive ("Russlands"), or null. */
    static String country(String word) {
        if (COUNTRIES.contains(word)) {
            return word;
        }
        if (word.endsWith("s") && COUNTRIES.contains(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }

    /** Acronyms such as "NBC" or "IStGH" name organisations; "USA" is in the country list first. */
    static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            } else if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return word.length() >= 2 && word.length() <= 6 && upper >= 2 && Character.isUpperCase(word.charAt(0));
    }

    private static Set<String> lines(String name, boolean wholeLines) {
        Set<String> entries = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/offline/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list offline/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (wholeLines) {
                    entries.add(line.strip());
                } else {
                    entries.addAll(java.util.List.of(line.strip().split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
