package news.summarizer.core.statements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German verb morphology from the morphological dictionary of LanguageTool ({@code de.danielnaber:german-pos-dict},
 * Morfologik): every form of a verb ({@link #forms}), and whether a form is a subjunctive that only reported speech
 * uses ({@link #reportsSpeech}). Tags are the dictionary's: {@code VER:3:SIN:KJ1:NON} is the third person singular,
 * Konjunktiv I ("sei", "habe", "gehe"); {@code PRÄ} present, {@code PRT} past, {@code KJ2} Konjunktiv II.
 * The dictionaries load on first use (about 0.1 s); lookups are not thread-safe, so each thread has its own.
 */
final class GermanVerbs {

    private static final String RESOURCES = "/org/languagetool/resource/de/";
    private static final int CACHE_LIMIT = 50_000;
    /** Finite and participle tags whose forms attribute speech: "sagt", "sagte", "sagten", "gesagt", "sage". */
    private static final List<String> SPEECH_TAGS = List.of("VER:3:SIN:PRÄ", "VER:3:SIN:PRT", "VER:3:PLU:PRÄ",
            "VER:3:PLU:PRT", "VER:3:SIN:KJ1", "VER:PA2");

    private static final ThreadLocal<DictionaryLookup> ANALYSIS = ThreadLocal.withInitial(() -> new DictionaryLookup(Holder.ANALYSIS));
    private static final ThreadLocal<DictionaryLookup> SYNTHESIS = ThreadLocal.withInitial(() -> new DictionaryLookup(Holder.SYNTHESIS));
    private static final Map<String, Boolean> REPORTING = new ConcurrentHashMap<>();

    private GermanVerbs() {
    }

    /** Lower-case forms of {@code lemma} that can carry an attribution ("sagen" → sagt, sagte, sagten, gesagt …). */
    static List<String> forms(String lemma) {
        DictionaryLookup synthesis = SYNTHESIS.get();
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        for (String tag : SPEECH_TAGS) {
            for (String suffix : List.of(":SFT", ":NON", "")) {
                for (WordData form : synthesis.lookup(lemma + "|" + tag + suffix)) {
                    forms.add(form.getStem().toString().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return List.copyOf(forms);
    }

    /** The lower-case past participles of {@code lemma} ("mitteilen" → "mitgeteilt"). */
    static List<String> participles(String lemma) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        for (String suffix : List.of(":SFT", ":NON", "")) {
            for (WordData form : SYNTHESIS.get().lookup(lemma + "|VER:PA2" + suffix)) {
                forms.add(form.getStem().toString().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return List.copyOf(forms);
    }

    /**
     * Whether {@code word} is a subjunctive form in the third person that the indicative never has: Konjunktiv I
     * ("sei", "seien", "habe", "könne", "gehe"; not "haben", which is indicative as well) or Konjunktiv II where it
     * differs from the past ("hätte", "wäre", "würden", "müssten"; not "sollte"). Such a form marks reported speech.
     */
    static boolean reportsSpeech(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        Boolean known = REPORTING.get(word);
        if (known != null) {
            return known;
        }
        boolean subjunctive = false;
        boolean indicative = false;
        for (WordData reading : ANALYSIS.get().lookup(word)) {
            CharSequence tag = reading.getTag();
            if (tag == null) {
                continue;
            }
            String value = tag.toString();
            if (value.startsWith("ART") || value.startsWith("PRO") || value.startsWith("PRP") || value.startsWith("KON")
                    || value.startsWith("ZAL") || value.startsWith("ADJ") || value.startsWith("ADV")) {
                indicative = true; // "eine", "meine", "seine": an article or pronoun first, a verb ("einen") hardly ever
            }
            if (!value.startsWith("VER:")) {
                continue;
            }
            boolean third = value.contains(":3:");
            if (third && (value.contains(":KJ1") || value.contains(":KJ2"))) {
                subjunctive = true;
            }
            if (third && (value.contains(":PRÄ") || value.contains(":PRT"))) {
                indicative = true;
            }
        }
        boolean result = subjunctive && !indicative;
        if (REPORTING.size() < CACHE_LIMIT) {
            REPORTING.put(word, result);
        }
        return result;
    }

    /**
     * Whether {@code word} carries reported speech in a sentence of its own, with no speech verb: Konjunktiv I ("Es
     * gehe um …", "Man werde …"), Konjunktiv II in the plural, where it stands in for the Konjunktiv I that equals
     * the indicative ("Die Arbeitgeber müssten …"), and of the auxiliaries ("Es wäre besser gewesen", "hätte"). Not
     * the singular Konjunktiv II of a modal ("könnte", "dürfte"), which journalists use for their own conjectures.
     */
    static boolean continuesReportedSpeech(String word) {
        if (!reportsSpeech(word)) {
            return false;
        }
        for (WordData reading : ANALYSIS.get().lookup(word)) {
            String tag = reading.getTag() == null ? "" : reading.getTag().toString();
            String lemma = reading.getStem().toString();
            boolean auxiliary = lemma.equals("haben") || lemma.equals("sein") || lemma.equals("werden");
            if (tag.contains(":3:") && (tag.contains(":KJ1") || tag.contains(":PLU:KJ2") || auxiliary && tag.contains(":KJ2"))
                    && !lemma.equals("dürfen")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a zu-infinitive written as one word ("aufzunehmen"; tag {@code VER:EIZ}). */
    static boolean isZuInfinitive(String word) {
        for (WordData reading : ANALYSIS.get().lookup(word)) {
            if (reading.getTag() != null && reading.getTag().toString().startsWith("VER:EIZ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a finite verb only in the plural ("erklärten", not "erklärte"). */
    static boolean isPluralOnly(String word) {
        boolean plural = false;
        for (WordData reading : ANALYSIS.get().lookup(word.toLowerCase(java.util.Locale.ROOT))) {
            String tag = reading.getTag() == null ? "" : reading.getTag().toString();
            if (tag.startsWith("VER:") && tag.contains(":SIN:")) {
                return false;
            }
            plural |= tag.startsWith("VER:") && tag.contains(":PLU:");
        }
        return plural;
    }

    /** Whether the dictionary knows {@code word} as a finite verb form (any person, mood or tense). */
    static boolean isFiniteVerb(String word) {
        for (WordData reading : ANALYSIS.get().lookup(word.toLowerCase(java.util.Locale.ROOT))) {
            CharSequence tag = reading.getTag();
            if (tag != null && tag.toString().matches("VER:(AUX:|MOD:)?[123]:.*")) {
                return true;
            }
        }
        return false;
    }

    private static final class Holder {
        static final Dictionary ANALYSIS = read("german.dict");
        static final Dictionary SYNTHESIS = read("german_synth.dict");

        private static Dictionary read(String name) {
            URL resource = GermanVerbs.class.getResource(RESOURCES + name);
            if (resource == null) {
                throw new IllegalStateException("german-pos-dict is not on the class path: " + RESOURCES + name);
            }
            try {
                return Dictionary.read(resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
