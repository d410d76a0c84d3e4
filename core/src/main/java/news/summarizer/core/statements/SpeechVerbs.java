package news.summarizer.core.statements;

import news.summarizer.core.text.GermanLexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speech-verb lexicon: lemmas in {@code text/speech-verbs.txt} (shared with {@link GermanLexicon#isSpeechVerb}), every form of them in
 * {@code statements/speech-verb-forms.txt}, generated from the German morphological dictionary's synthesis part by
 * {@code SpeechVerbFormsTest} (which fails when the two files disagree). A separable verb ("mit|teilen") is one in
 * its participle ("mitgeteilt") and, in a finite form, only with its particle at the end of the clause ("teilte die
 * Stadt am Montag mit").
 */
final class SpeechVerbs {

    static final String LEMMAS = GermanLexicon.SPEECH_VERBS;
    static final String FORMS_FILE = "/statements/speech-verb-forms.txt";

    /** One reading of a word form: the verb's particle ("" when none), which must close the clause. */
    record Reading(String lemma, String particle) {
    }

    private static final Map<String, List<Reading>> FORMS = new HashMap<>();
    private static final Set<String> PARTICIPLES = new HashSet<>();

    static {
        // Lines: form, lemma, particle ("-" when none), "P" for a past participle, "F" for a finite form.
        for (String line : lines(FORMS_FILE)) {
            String[] fields = line.split("\t");
            String particle = fields[2].equals("-") ? "" : fields[2];
            FORMS.computeIfAbsent(fields[0], key -> new ArrayList<>()).add(new Reading(fields[1], particle));
            if (fields[3].equals("P")) {
                PARTICIPLES.add(fields[0]);
            }
        }
        // Prefer the reading without a particle when the form has both ("sagte" for sagen and zusagen).
        FORMS.values().forEach(readings -> readings.sort(Comparator.comparing(reading -> !reading.particle().isEmpty())));
    }

    private SpeechVerbs() {
    }

    /** The readings of {@code word} (any case) as a speech verb; empty when it is none. */
    static List<Reading> readings(String word) {
        return FORMS.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether {@code word} is the past participle of a speech verb ("gesagt", "mitgeteilt", "vorgeschlagen"). */
    static boolean isParticiple(String word) {
        return PARTICIPLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The lines of a lexicon resource, without blank lines and comments. */
    static List<String> lines(String resource) {
        try (InputStream in = SpeechVerbs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
