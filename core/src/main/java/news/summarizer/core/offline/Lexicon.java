package news.summarizer.core.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import news.summarizer.core.text.Endings;
import news.summarizer.core.text.GermanLexicon;

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
            "Samstag", "Sonntag", "Sonnabend", "Euro", "Dollar", "Ostern", "Weihnachten", "Herr", "Gott");

    /** Name particles that may stand inside a person's name ("Jana von der Hellen", "Rui da Costa", "Jan v. Brink"). */
    static final Set<String> NAME_PARTICLES = Set.of("von", "v.", "van", "de", "der", "den", "da", "di", "du", "del",
            "della", "zu", "ter", "ten", "bin", "al", "el", "la", "le", "dos");

    /** Endings that make a name an organisation ("Deutsche Bahn", "Naturschutzbund", "Europäische Kommission"). */
    private static final Endings ORGANIZATION_ENDINGS = Endings.of("bahn", "kommission", "partei", "verband", "bund",
            "ministerium", "regierung", "bank", "gericht", "gerichtshof", "union", "rat", "agentur", "konzern", "institut",
            "universität", "stiftung", "amt", "behörde", "polizei", "armee", "gewerkschaft", "verein", "akademie",
            "parlament", "komitee", "kammer", "versicherung", "zeitung", "fraktion", "verwaltung", "staatsanwaltschaft",
            "organisation", "dienst", "anstalt");
    /**
     * English nouns for a kind of institution, a closed class of the language like German "-amt", "-verband": German
     * articles name foreign bodies in English ("die Kolbrook University", "der Marlow Water Authority", "an der Fenwick
     * Medical School"). Whole words only, so a surname such as "Schooling" is no head.
     */
    static final Set<String> ENGLISH_ORGANIZATION_HEADS = Set.of("university", "college", "school", "institute",
            "foundation", "authority", "center", "centre", "council", "agency", "association", "society", "academy",
            "corporation", "company", "committee", "commission", "department", "ministry", "bureau", "federation",
            "organization", "laboratory", "laboratories", "hospital", "trust");

    /** English words that join the words of an English institution's name ("Institute of …", "Water and Power …"). */
    static final Set<String> ENGLISH_NAME_LINKS = Set.of("of", "for", "and", "&");

    /** Heads that only count as whole words: "Weißes Haus" is an institution, "Feldhaus" a surname. */
    private static final Set<String> ORGANIZATION_WORDS = java.util.stream.Stream.concat(Stream.of("haus", "ag", "gmbh",
            "se", "kg", "news", "gruppe", "holding", "airlines", "werke", "sender", "post"),
            ENGLISH_ORGANIZATION_HEADS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words that open a sports club's name ("FC Lindenau", "1. FC Kolbersund", "VfB Ostermark"). */
    static final Set<String> CLUB_PREFIXES = Set.of("FC", "SV", "VfB", "VfL", "TSV", "SC", "SpVgg", "TSG", "FSV", "SG",
            "BSC", "KSC", "AC", "AS", "SSC", "Borussia", "Fortuna", "Hertha", "Union", "Dynamo", "Werder",
            "Alemannia", "Arminia", "Kickers", "Rot-Weiss", "Rot-Weiß", "Real", "Atlético", "Inter", "Olympique");

    /**
     * Heads that make a compound noun an institution's name by themselves when something specific comes before
     * them: "Bundesfährenagentur", "Hafenministerium", "Oberlandesgericht", "Inselfraktion", "Bundeskabinett".
     * Bare heads ("Gericht", "Ministerium") are common nouns.
     */
    private static final Endings INSTITUTION_HEADS = Endings.of("ministerium", "gericht", "gerichtshof", "agentur", "bundesamt",
            "landesamt", "behörde", "fraktion", "koalition", "kabinett", "verband", "kommission", "institut",
            "gewerkschaft", "staatsanwaltschaft", "parlament", "regierung", "bundesanstalt", "zentralbank", "richterbund",
            "gesellschaft", "konferenz", "festspiele", "kammer", "verwaltung", "stiftung", "polizei");
    /** Modifiers that make a compound one particular institution ("Bundesfährenagentur", "Landesfischereiamt"). */
    private static final String[] SPECIFIC_PREFIXES = {"bundes", "landes", "staats", "europa", "welt", "uno", "un-", "eu-"};
    /** Heads specific enough with any modifier ("Hafenministerium", "Inselfraktion", "Hafenkoalition"). */
    private static final Endings STANDALONE_HEADS = Endings.of("ministerium", "fraktion", "koalition", "kabinett", "konferenz",
            "gewerkschaft", "gericht", "kammer");
    /** Compounds with an institution head that still name no institution. */
    private static final Set<String> NOT_INSTITUTIONS = Set.of("Regierungskoalition", "Pressekonferenz",
            "Videokonferenz", "Telefonkonferenz", "Regierungsfraktion", "Bundesregierung", "Landesregierung",
            "Staatsregierung", "Bundesverband", "Landesverband");

    private Lexicon() {
    }

    /**
     * Heads that, after a name joined by hyphens, make one particular institution: "Karl-Brink-Institut",
     * "Elbtal-Klinikum", "Max-Planck-Gesellschaft", "Friedrich-Ebert-Stiftung".
     */
    private static final Set<String> NAMED_HEADS = Set.of("institut", "klinikum", "klinik", "zentrum", "stiftung",
            "gesellschaft", "universität", "hochschule", "akademie", "verband", "verein", "museum", "theater", "orchester");

    /** A compound noun that names an institution without further words ("Bundesfährenagentur"), see above. */
    static boolean isNamedInstitution(String word) {
        if (namedByHyphen(word)) {
            return true;
        }
        if (NOT_INSTITUTIONS.contains(word)) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT); // once: both tests below read it
        if (!hasInstitutionHead(word, lower)) {
            return false;
        }
        for (String prefix : SPECIFIC_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return STANDALONE_HEADS.end(lower);
    }

    /** "Karl-Brink-Institut": capitalised parts joined by hyphens, the last one an institution's head. */
    private static boolean namedByHyphen(String word) {
        if (word.indexOf('-') < 0) {
            return false; // one part: not split (asked for every capitalised noun)
        }
        String[] parts = word.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
        }
        return NAMED_HEADS.contains(parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /** A compound with an institution head and a modifier ("Landgericht"), which a place can complete. */
    static boolean hasInstitutionHead(String word) {
        return hasInstitutionHead(word, null);
    }

    /** The same, with the word already lower-cased when the caller has it (null: lower-cased here if needed). */
    private static boolean hasInstitutionHead(String word, String lowerCase) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                || word.indexOf('-') >= 0 && !word.substring(word.lastIndexOf('-') + 1).isEmpty()
                && !Character.isUpperCase(word.charAt(word.lastIndexOf('-') + 1))) {
            return false;
        }
        String lower = lowerCase != null ? lowerCase : word.toLowerCase(java.util.Locale.ROOT);
        return INSTITUTION_HEADS.end(lower, 3);
    }

    /** Whether a word, or the last part of a compound, is a typical head of an organisation's name. */
    static boolean isOrganizationHead(String word) {
        return isLowerCaseOrganizationHead(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isLowerCaseOrganizationHead(String lower) {
        int hyphen = lower.lastIndexOf('-');
        String head = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
        return ORGANIZATION_WORDS.contains(head) || ORGANIZATION_ENDINGS.end(head);
    }

    /** "Deichrat", "Landesamt": an organisation's head with a modifier, not the bare "Rat" or "Gewerkschaft". */
    static boolean isCompoundOrganizationHead(String word) {
        return isLowerCaseCompoundOrganizationHead(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isLowerCaseCompoundOrganizationHead(String lower) {
        return isLowerCaseOrganizationHead(lower) && ORGANIZATION_ENDINGS.end(lower, 3);
    }

    /**
     * Heads whose "für" complement names them ("Bundesamt für Deichbau", "Beirat für Gewässerschutz", "Landesstiftung
     * für Tierschutz"); a bank's or a party's "für" says what for ("Zentralbank für Darlehen").
     */
    private static final Set<String> COMPLEMENT_HEAD_WORDS = Set.of("amt", "rat", "institut", "kommission", "agentur",
            "ministerium", "behörde", "stiftung", "verband", "akademie", "komitee", "gesellschaft", "gericht",
            "gerichtshof", "bund", "anstalt", "kammer");
    private static final Endings COMPLEMENT_HEADS = Endings.of(COMPLEMENT_HEAD_WORDS.toArray(String[]::new));

    /**
     * A bare head of that kind ("Kammer", "Rat", "Amt"): after a definite article its "für" complement names one body
     * ("die Kammer für Seefahrt"), as the compound's does.
     */
    static boolean isBareComplementHead(String word) {
        return COMPLEMENT_HEAD_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** An organisation's head with a modifier whose "für" complement is part of its name (see above). */
    static boolean takesNamingComplement(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT); // once: the three tests below read it
        if (!isLowerCaseCompoundOrganizationHead(lower) && !hasInstitutionHead(word, lower)) {
            return false;
        }
        return COMPLEMENT_HEADS.end(lower);
    }

    /**
     * Whether the first part of a hyphenated compound names whose body it is: "Bauer-Betriebsrat",
     * "Weber-Kommission", "NWR-Vorstand". A known organisation or abbreviation, or a name the dictionary knows as a
     * surname or a company; not "Ethik-Kommission" or "Bayern-Kommission" (a common noun, a place). A word the
     * dictionary does not know is left out: on the development set it made kinds ("Index-Konzern") into names.
     */
    static boolean namesOwner(String modifier) {
        if (modifier.length() < 2 || !Character.isUpperCase(modifier.charAt(0))) {
            return false;
        }
        if (isAcronym(modifier) || ORGANIZATIONS.contains(modifier)) {
            return true;
        }
        if (PLACES.contains(modifier) || country(modifier) != null || NOT_NAMES.contains(modifier)) {
            return false;
        }
        GermanLexicon.Entry entry = GermanLexicon.lookup(modifier);
        return entry.has(GermanLexicon.Kind.SURNAME) || entry.has(GermanLexicon.Kind.OTHER_NAME);
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

    /**
     * Legal forms of companies: they close a company's name ("Kolberon AG") and, standing alone ("die AG will …"),
     * refer back to one; either way they name no organisation of their own, although written like an acronym.
     */
    static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("AG", "SE", "KG", "KGaA", "Holding", "GmbH", "OHG");

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
