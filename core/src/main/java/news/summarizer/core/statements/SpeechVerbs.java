package news.summarizer.core.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The speech-verb lexicon ({@code statements/speech-verbs.txt}): lemmas, with every form the dictionary knows.
 * A separable verb ("mit|teilen") is one in its participle ("mitgeteilt") and, in a finite form, only with its
 * particle at the end of the clause ("teilte die Stadt am Montag mit").
 */
final class SpeechVerbs {

    /** One reading of a word form: the verb's particle ("" when none), which must close the clause. */
    record Reading(String lemma, String particle) {
    }

    private static final Map<String, List<Reading>> FORMS = load();
    private static final java.util.Set<String> PARTICIPLES = participles();

    private SpeechVerbs() {
    }

    /** The readings of {@code word} (any case) as a speech verb; empty when it is none. */
    static List<Reading> readings(String word) {
        return FORMS.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** Whether {@code word} is the past participle of a speech verb ("gesagt", "mitgeteilt", "vorgeschlagen"). */
    static boolean isParticiple(String word) {
        return PARTICIPLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static java.util.Set<String> participles() {
        java.util.Set<String> participles = new java.util.HashSet<>();
        for (List<Reading> readings : FORMS.values()) {
            for (Reading reading : readings) {
                participles.addAll(GermanVerbs.participles(reading.lemma()));
            }
        }
        return java.util.Set.copyOf(participles);
    }

    private static Map<String, List<Reading>> load() {
        Map<String, List<Reading>> forms = new HashMap<>();
        try (InputStream in = SpeechVerbs.class.getResourceAsStream("/statements/speech-verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("statements/speech-verbs.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                String particle = bar < 0 ? "" : line.substring(0, bar);
                String base = line.substring(bar + 1);
                String lemma = particle + base;
                for (String form : GermanVerbs.forms(base)) {
                    // A finite form of a separable verb leaves its particle at the clause end ("teilte … mit").
                    forms.computeIfAbsent(form, key -> new ArrayList<>()).add(new Reading(lemma, particle));
                }
                if (!particle.isEmpty()) {
                    for (String form : GermanVerbs.forms(lemma)) {
                        if (form.startsWith(particle)) { // "mitgeteilt", "mitteilen", "hinzugefügt"
                            forms.computeIfAbsent(form, key -> new ArrayList<>()).add(new Reading(lemma, ""));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Prefer the reading without a particle when the form has both ("sagte" for sagen and zusagen).
        forms.values().forEach(readings -> readings.sort(java.util.Comparator.comparing(reading -> !reading.particle().isEmpty())));
        return Map.copyOf(forms);
    }
}
