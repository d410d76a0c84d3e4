package news.summarizer.core.statements;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.summarizer.core.text.GermanLexicon;
import news.summarizer.core.text.GermanLexicon.Reading;

/**
 * German verb morphology from the morphological dictionary of LanguageTool ({@code de.danielnaber:german-pos-dict},
 * Morfologik): whether a form is a subjunctive that only reported speech uses ({@link #reportsSpeech}), a finite
 * verb, a zu-infinitive. (The forms of the speech verbs come from the same dictionary's synthesis part, at build time:
 * {@code statements/speech-verb-forms.txt}; the functions leave that part out of their packages.) Tags are the
 * dictionary's: {@code VER:3:SIN:KJ1:NON} is the third person singular,
 * Konjunktiv I ("sei", "habe", "gehe"); {@code PRÄ} present, {@code PRT} past, {@code KJ2} Konjunktiv II.
 * The dictionary is the one {@link GermanLexicon} reads.
 */
final class GermanVerbs {

    private static final int CACHE_LIMIT = 50_000;

    private static final Map<String, Boolean> REPORTING = new ConcurrentHashMap<>();
    /** Finite-verb lookups, asked of most words of a sentence by the attribution rules, cached like moods. */
    private static final Map<String, Boolean> FINITE = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern FINITE_TAG = java.util.regex.Pattern.compile("VER:(AUX:|MOD:)?[123]:.*");

    private GermanVerbs() {
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
        for (Reading reading : GermanLexicon.lookup(word).readings()) {
            CharSequence tag = reading.tag();
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
     * the indicative ("Die Pendler müssten …"), and of the auxiliaries ("Es wäre besser gewesen", "hätte"). Not
     * the singular Konjunktiv II of a modal ("könnte", "dürfte"), which journalists use for their own conjectures.
     */
    static boolean continuesReportedSpeech(String word) {
        if (!reportsSpeech(word)) {
            return false;
        }
        for (Reading reading : GermanLexicon.lookup(word).readings()) {
            String tag = reading.tag() == null ? "" : reading.tag().toString();
            String lemma = reading.lemma();
            boolean auxiliary = lemma.equals("haben") || lemma.equals("sein") || lemma.equals("werden");
            if (tag.contains(":3:") && (tag.contains(":KJ1") || tag.contains(":PLU:KJ2") || auxiliary && tag.contains(":KJ2"))
                    && !lemma.equals("dürfen")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is a Konjunktiv I of the third person that reports speech ("gebe", "habe", "seien"; tag
     * {@code :3:…:KJ1}), not the Konjunktiv II that also stands for a conjecture or a survey's answer ("würden").
     */
    static boolean isKonjunktivI(String word) {
        if (!reportsSpeech(word)) {
            return false;
        }
        for (Reading reading : GermanLexicon.lookup(word).readings()) {
            String tag = reading.tag() == null ? "" : reading.tag().toString();
            if (tag.startsWith("VER:") && tag.contains(":3:") && tag.contains(":KJ1")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is, as a verb, a Konjunktiv I of the third person that the indicative never has, whatever
     * else it may be ("sichere" is also an adjective, "sichert" the indicative). For a word right after its subject
     * pronoun ("er sichere sich"), where an adjective cannot stand.
     */
    static boolean isVerbalKonjunktivI(String word) {
        boolean subjunctive = false;
        for (Reading reading : GermanLexicon.lookup(word).readings()) {
            String tag = reading.tag() == null ? "" : reading.tag().toString();
            if (!tag.startsWith("VER:") || !tag.contains(":3:")) {
                continue;
            }
            if (tag.contains(":PRÄ") || tag.contains(":PRT")) {
                return false;
            }
            subjunctive |= tag.contains(":KJ1");
        }
        return subjunctive;
    }

    /**
     * Whether {@code word} is a finite verb of the third person only in the indicative ("blättert", "kam"): it has such
     * readings and none of them is a Konjunktiv. A form the Konjunktiv shares ("haben", "müssen") is not.
     */
    static boolean isIndicativeOnly(String word) {
        boolean indicative = false;
        for (Reading reading : GermanLexicon.lookup(word).readings()) {
            String tag = reading.tag() == null ? "" : reading.tag().toString();
            if (!FINITE_TAG.matcher(tag).matches() || !tag.contains(":3:")) {
                continue; // "blättert" is also a Konjunktiv I, of the second person plural, which news never reports
            }
            if (tag.contains(":KJ")) {
                return false;
            }
            indicative |= tag.contains(":PRÄ") || tag.contains(":PRT");
        }
        return indicative;
    }

    /** Whether {@code word} is a zu-infinitive written as one word ("aufzunehmen"; tag {@code VER:EIZ}). */
    static boolean isZuInfinitive(String word) {
        for (Reading reading : GermanLexicon.lookup(word).readings()) {
            if (reading.tag() != null && reading.tag().toString().startsWith("VER:EIZ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a finite verb only in the plural ("erklärten", not "erklärte"). */
    static boolean isPluralOnly(String word) {
        boolean plural = false;
        for (Reading reading : GermanLexicon.lookup(word.toLowerCase(java.util.Locale.ROOT)).readings()) {
            String tag = reading.tag() == null ? "" : reading.tag().toString();
            if (tag.startsWith("VER:") && tag.contains(":SIN:")) {
                return false;
            }
            plural |= tag.startsWith("VER:") && tag.contains(":PLU:");
        }
        return plural;
    }

    /** Whether the dictionary knows {@code word} as a finite verb form (any person, mood or tense). */
    static boolean isFiniteVerb(String word) {
        Boolean known = FINITE.get(word);
        if (known != null) {
            return known;
        }
        boolean finite = false;
        for (Reading reading : GermanLexicon.lookup(word.toLowerCase(java.util.Locale.ROOT)).readings()) {
            CharSequence tag = reading.tag();
            if (tag != null && FINITE_TAG.matcher(tag).matches()) {
                finite = true;
                break;
            }
        }
        if (FINITE.size() < CACHE_LIMIT) {
            FINITE.put(word, finite);
        }
        return finite;
    }

}
