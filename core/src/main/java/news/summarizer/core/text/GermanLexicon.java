package news.summarizer.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * General knowledge of German words: LanguageTool's morphological dictionary ({@code de.danielnaber:german-pos-dict},
 * CC BY-SA 4.0, read with Morfologik), about 350,000 base forms with every inflected form, its lemma, case and part
 * of speech; proper nouns are tagged apart from common nouns, with first names, surnames, countries, towns, regions
 * and waters told apart. It answers what word lists answered per case before: is "Wahlurne" a common noun, is
 * "Ilse" a first name, is "Lausitz" a place, what is the base form of "Kleinerts".
 *
 * <p>The dictionary (0.9 MB) loads on first use in about 70 ms; the automaton is immutable and shared, a lookup keeps
 * buffers, so each thread has its own.
 */
public final class GermanLexicon {

    private static final String DICTIONARY = "/org/languagetool/resource/de/german.dict";
    /** Words kept looked up: the engine asks about the same words of an article many times. */
    private static final WordMemo<Entry> LOOKED_UP = new WordMemo<>(50_000);

    private GermanLexicon() {
    }

    /** What the dictionary says about one written form ("Kleinerts": a surname in the genitive of "Kleinert"). */
    public record Entry(String word, List<Reading> readings) {

        public boolean known() {
            return !readings.isEmpty();
        }

        /** Known only as a common noun: "Wahlurne", "Zaun", "Jury"; not "Fischer" (also a surname). */
        public boolean commonNounOnly() {
            return has(Kind.COMMON_NOUN) && !has(Kind.FIRST_NAME) && !has(Kind.SURNAME) && !has(Kind.PLACE)
                    && !has(Kind.OTHER_NAME);
        }

        public boolean properNoun() {
            return has(Kind.FIRST_NAME) || has(Kind.SURNAME) || has(Kind.PLACE) || has(Kind.OTHER_NAME);
        }

        public boolean has(Kind kind) {
            // A loop, not a stream: asked several times for every word of every article.
            for (Reading reading : readings) {
                if (reading.kind() == kind) {
                    return true;
                }
            }
            return false;
        }

        /** The genitive's base form ("Kleinerts" → "Kleinert", "Hauses" → "Haus"), or null when it is none. */
        String genitiveBase() {
            for (Reading reading : readings) {
                String lemma = reading.lemma();
                if (reading.genitive() && (isLemmaPlus(lemma, "s") || isLemmaPlus(lemma, "es"))) {
                    return lemma;
                }
            }
            return null;
        }

        /** {@code word.equals(lemma + ending)} without building the string (asked for every capitalised word). */
        private boolean isLemmaPlus(String lemma, String ending) {
            return word.length() == lemma.length() + ending.length() && word.startsWith(lemma)
                    && word.endsWith(ending);
        }
    }

    /**
     * One reading of a written form: its lemma, its kind, whether it is a genitive, and the dictionary's own tag
     * ({@code VER:3:SIN:KJ1:NON}: third person singular, Konjunktiv I) for callers that need mood or person.
     */
    public record Reading(String lemma, Kind kind, boolean genitive, String tag) {
    }

    /** The kinds the callers ask about; the dictionary's own tags are finer. */
    public enum Kind {
        COMMON_NOUN, FIRST_NAME, SURNAME, PLACE, OTHER_NAME, ADJECTIVE, VERB, ABBREVIATION, OTHER
    }

    /** Every reading of {@code word} exactly as written (case matters: "Bauer" and "bauer" differ). */
    public static Entry lookup(String word) {
        return LOOKED_UP.get(word, GermanLexicon::read);
    }

    private static Entry read(String word) {
        List<Reading> readings = new ArrayList<>();
        if (!word.isEmpty() && word.length() < 60) {
            for (WordData data : Holder.LOOKUP.get().lookup(word)) {
                String tag = String.valueOf(data.getTag());
                readings.add(new Reading(String.valueOf(data.getStem()), kind(tag), tag.contains(":GEN:"), tag));
            }
        }
        return new Entry(word, List.copyOf(readings));
    }

    /** "Ilse", "Jörn": the dictionary knows it as a first name. */
    public static boolean isFirstName(String word) {
        return lookup(word).has(Kind.FIRST_NAME);
    }

    /** "Lausitz", "Görlitz", "Thüringen": a country, town, region, mountain or water. */
    public static boolean isPlace(String word) {
        return lookup(word).has(Kind.PLACE);
    }

    /**
     * The one lexicon of verbs that introduce what someone said (lemmas, "mit|teilen" for a separable verb), used by
     * the name finder here and by the statement finder; every form is found by its lemma ("sagte", "betonten").
     */
    public static final String SPEECH_VERBS = "/text/speech-verbs.txt";
    private static final java.util.Set<String> SPEECH_LEMMAS = speechLemmas();

    private static java.util.Set<String> speechLemmas() {
        try (java.io.InputStream in = GermanLexicon.class.getResourceAsStream(SPEECH_VERBS)) {
            if (in == null) {
                throw new IllegalStateException("Speech-verb lexicon " + SPEECH_VERBS + " is not on the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.replace("|", ""))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the speech-verb lexicon", e);
        }
    }

    /** "sagte", "betonte", "erklärten": a form of a verb of saying. */
    public static boolean isSpeechVerb(String word) {
        for (Reading reading : lookup(word).readings()) {
            if (reading.kind() == Kind.VERB && SPEECH_LEMMAS.contains(reading.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word known only as a common noun, or an unknown compound whose last part is one ("Sonnenzaun" by
     * "Zaun", "Mondlandefähre" by "Fähre"): "Wahlurne" names no one.
     */
    public static boolean isCommonNoun(String word) {
        Entry entry = lookup(word);
        if (entry.known()) {
            return entry.commonNounOnly();
        }
        String head = compoundHead(word);
        return head != null && lookup(head).commonNounOnly();
    }

    /**
     * The last part of an unknown compound that the dictionary knows as a noun, capitalised ("Mondlandefähre" →
     * "Fähre"), or null: the longest known tail of at least four letters after a modifier of at least three.
     */
    public static String compoundHead(String word) {
        if (word.length() < 7 || !Character.isUpperCase(word.charAt(0)) || word.indexOf('-') >= 0) {
            return null;
        }
        for (int at = 3; at <= word.length() - 4; at++) {
            String tail = Character.toUpperCase(word.charAt(at)) + word.substring(at + 1);
            if (lookup(tail).has(Kind.COMMON_NOUN)) {
                return tail;
            }
        }
        return null;
    }

    /**
     * The base form of a genitive ("Kleinerts" → "Kleinert", "Hauses" → "Haus", "Kunz'" → "Kunz"); a word the
     * dictionary knows in no genitive of a shorter lemma keeps its form ("Markus", "Kongress", "Bremen"). An unknown
     * word loses a final -s or -es unless it ends in -ss or -us, the rule the dictionary follows.
     */
    public static String withoutGenitive(String word) {
        if (word.endsWith("'") || word.endsWith("’")) {
            return word.substring(0, word.length() - 1);
        }
        Entry entry = lookup(word);
        String base = entry.genitiveBase();
        if (base != null) {
            return base;
        }
        if (entry.known()) {
            return word;
        }
        if (!word.equals(capitalised(word))) { // folded text: "schusters" is looked up as "Schusters"
            Entry capital = lookup(capitalised(word));
            if (capital.known()) {
                String capitalBase = capital.genitiveBase();
                return capitalBase == null ? word : word.substring(0, capitalBase.length());
            }
        }
        if (word.endsWith("es") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * The part of a word every case form shares, for matching a name in any case form: the lemma when the word is
     * one of its inflected forms ("deutschen" → "deutsch", "Kremls" → "Kreml"), the word itself when it is a base form
     * ("Müller" stays "Müller", so that "Müllers" is found), the genitive rule for unknown words. Lower-case input is
     * looked up as written and capitalised.
     */
    public static String stem(String word) {
        List<Reading> readings = new ArrayList<>(lookup(word).readings());
        if (!word.equals(capitalised(word))) {
            readings.addAll(lookup(capitalised(word)).readings());
        }
        if (readings.isEmpty()) {
            return withoutGenitive(word);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int stem = word.length();
        for (Reading reading : readings) {
            String lemma = reading.lemma().toLowerCase(Locale.ROOT);
            if (lower.startsWith(lemma) && lemma.length() >= 3 && lower.length() - lemma.length() <= 2) {
                stem = Math.min(stem, lemma.length()); // the shortest lemma: "deutschen" → "deutsch", not "deutsche"
            }
        }
        return word.substring(0, stem);
    }

    /**
     * A noun for a person by what the person is or does ("Pastor", "Schauspielerin", "Kirchenvorsteher"): German
     * forms such a noun in both genders, so a masculine noun whose feminine in -in the dictionary also knows ("Pastor"
     * and "Pastorin", "Anwalt" and "Anwältin"), or the feminine of a masculine noun, names a person; "Konzern" and
     * "Firma" have no such pair. Inflected forms count by their lemma ("Pastors"); an unknown compound by its known
     * last part ("Kirchenvorsteher" by "Vorsteher"), a hyphenated one by the part after the hyphen ("Ex-Pastor").
     */
    public static boolean isPersonNoun(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen >= 0) {
            return hyphen + 1 < word.length() && isPersonNoun(capitalised(word.substring(hyphen + 1)));
        }
        return PERSON_NOUNS.get(word, unused -> personNoun(word, false));
    }

    /**
     * A noun for the people of a place ("Österreicher", "US-Amerikanerin", "Russe", "Hamburger"): German derives it
     * from the place's name with -er (also for -e, -en, often with an umlaut: "Niederländer"), -ner, -e (for -land,
     * -ei, -en) or -ese (for -a), and -in for a woman. Says where
     * someone is from, not what they do.
     */
    public static boolean isDemonym(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen >= 0) {
            return hyphen + 1 < word.length() && isDemonym(capitalised(word.substring(hyphen + 1)));
        }
        String base = word.endsWith("in") && word.length() > 5 ? word.substring(0, word.length() - 2) : word;
        List<String> places = new ArrayList<>(List.of(base + "land"));
        for (String[] rule : DEMONYM_RULES) {
            if (base.endsWith(rule[0]) && base.length() - rule[0].length() >= 3) {
                places.add(base.substring(0, base.length() - rule[0].length()) + rule[1]);
            }
        }
        for (String place : places) {
            String plain = withoutLastUmlaut(place); // "Niederländer" ← "Niederlande"
            if (isPlace(place) || plain != null && isPlace(plain)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutLastUmlaut(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            int at = "äöüÄÖÜ".indexOf(word.charAt(i));
            if (at >= 0) {
                return word.substring(0, i) + "aouAOU".charAt(at) + word.substring(i + 1);
            }
        }
        return null;
    }

    /** Demonym ending → the place name's ending it replaces: "Wiener" ← "Wien", "Schwede" ← "Schweden". */
    private static final String[][] DEMONYM_RULES = {{"er", ""}, {"ner", ""}, {"e", "land"}, {"e", "ei"}, {"e", "en"},
        {"er", "en"}, {"er", "e"}, {"ese", "a"}, {"e", ""}};

    /** Answers of {@link #isPersonNoun}: each takes up to a dozen look-ups, and words recur across articles. */
    private static final WordMemo<Boolean> PERSON_NOUNS = new WordMemo<>(20_000);

    /** {@code inCompound}: the word is the last part of a compound, where it can be no surname ("Bootsbauer"). */
    private static boolean personNoun(String word, boolean inCompound) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        Entry entry = lookup(word);
        if (!entry.known()) {
            String head = compoundHead(word);
            return head != null ? personNoun(head, true) : isLerNoun(word);
        }
        if (!inCompound && !entry.commonNounOnly()) {
            return false; // "Bauer", "Fischer": a surname too, so no safe title before a name
        }
        for (Reading reading : entry.readings()) {
            String lemma = reading.lemma();
            if (reading.kind() != Kind.COMMON_NOUN) {
                continue;
            }
            if (reading.tag().endsWith(":MAS") && hasGender(feminineForms(lemma), ":FEM")) {
                return true;
            }
            if (reading.tag().endsWith(":FEM") && lemma.endsWith("in") && lemma.length() > 4
                    && hasGender(masculineForms(lemma.substring(0, lemma.length() - 2)), ":MAS")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Schwergewichtler", "Hinterbänklerin": German forms nouns for people with -ler from a noun ("Sportler" from
     * "Sport"); a word the dictionary does not know, with no known last part, in -ler or -lerin names a person (the
     * things in -ler are known words: "Fehler", "Regler").
     */
    private static boolean isLerNoun(String word) {
        return word.length() >= 8 && (word.endsWith("ler") || word.endsWith("lerin"));
    }

    /**
     * "Pastor" → "Pastorin"; "Anwalt" → "Anwältin" too: the feminine may take an umlaut on the last vowel; a noun in
     * -erer drops its last -er ("Wanderer" → "Wanderin").
     */
    private static List<String> feminineForms(String masculine) {
        List<String> forms = new ArrayList<>(List.of(masculine + "in"));
        if (masculine.endsWith("e")) {
            forms.add(masculine.substring(0, masculine.length() - 1) + "in"); // "Kunde" → "Kundin"
        }
        if (masculine.endsWith("erer")) {
            forms.add(masculine.substring(0, masculine.length() - 2) + "in"); // "Wanderer" → "Wanderin"
        }
        String umlauted = withLastVowel(masculine, "aouAOU", "äöüÄÖÜ");
        if (umlauted != null) {
            forms.add(umlauted + "in");
        }
        return forms;
    }

    /** "Schauspieler" (from "Schauspielerin"); "Anwalt" from "Anwält". */
    private static List<String> masculineForms(String base) {
        List<String> forms = new ArrayList<>(List.of(base));
        String plain = withLastVowel(base, "äöüÄÖÜ", "aouAOU");
        if (plain != null) {
            forms.add(plain);
        }
        forms.add(base + "e"); // "Kundin" → "Kunde"
        return forms;
    }

    /** The word with its last vowel among {@code from} replaced by the one at the same place in {@code to}, or null. */
    private static String withLastVowel(String word, String from, String to) {
        for (int i = word.length() - 1; i >= 0; i--) {
            int at = from.indexOf(word.charAt(i));
            if (at >= 0) {
                return word.substring(0, i) + to.charAt(at) + word.substring(i + 1);
            }
            if ("aeiouäöüAEIOUÄÖÜ".indexOf(word.charAt(i)) >= 0) {
                return null; // another vowel comes last: "Arzt" has one vowel, "Leiter" ends in e
            }
        }
        return null;
    }

    private static boolean hasGender(List<String> forms, String gender) {
        for (String form : forms) {
            for (Reading reading : lookup(form).readings()) {
                if (reading.kind() == Kind.COMMON_NOUN && reading.tag().endsWith(gender)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Kind kind(String tag) {
        if (tag.startsWith("SUB")) {
            return Kind.COMMON_NOUN;
        }
        if (tag.startsWith("EIG")) {
            String subtype = tag.substring(tag.lastIndexOf(':') + 1);
            return switch (subtype) {
                case "VOR", "VOR*" -> Kind.FIRST_NAME;
                case "NAC", "PER" -> Kind.SURNAME;
                case "COU", "STD", "GEB", "GEO", "WAT", "MOU" -> Kind.PLACE;
                default -> Kind.OTHER_NAME;
            };
        }
        if (tag.startsWith("ADJ") || tag.startsWith("PA1") || tag.startsWith("PA2")) {
            return Kind.ADJECTIVE;
        }
        if (tag.startsWith("VER")) {
            return Kind.VERB;
        }
        return tag.startsWith("ABK") ? Kind.ABBREVIATION : Kind.OTHER;
    }

    /** Loaded on first use only: a deployment that never asks pays nothing. */
    private static final class Holder {
        static final Dictionary DICTIONARY_DATA = read();
        static final ThreadLocal<DictionaryLookup> LOOKUP =
                ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY_DATA));

        private static Dictionary read() {
            URL url = GermanLexicon.class.getResource(DICTIONARY);
            if (url == null) {
                throw new IllegalStateException("German dictionary " + DICTIONARY + " is not on the class path");
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the German dictionary", e);
            }
        }
    }
}
