package news.summarizer.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one stemmer for comparing content words, and the one list of function words: a few inflection endings off,
 * then at most seven letters. Deliberately crude: enough to make "Brücke"/"Brücken", "Güterverkehr"/"Güterverkehrs"
 * and "Schließung"/"Schließungen" one term, which is all that sentence similarity (the offline engine) and
 * statement agreement (a story's key facts) need. Names are matched by {@link NameForms}, not here.
 */
public final class GermanStems {

    private static final String[] ENDINGS = {"ern", "en", "er", "es", "em", "e", "n", "s"};
    private static final int MIN_STEM = 4;
    private static final int MAX_STEM = 7;
    private static final Set<String> STOP_WORDS = stopWords();

    private GermanStems() {
    }

    /** The stem of a lower-case word: one inflection ending off (if at least four letters remain), at most seven letters. */
    public static String stem(String lowerCaseWord) {
        String stem = lowerCaseWord;
        for (String ending : ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_STEM) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        return stem.length() > MAX_STEM ? stem.substring(0, MAX_STEM) : stem;
    }

    /** A German function word ("und", "nicht", "sagte") that says nothing about a sentence's topic; lower case. */
    public static boolean isStopWord(String lowerCaseWord) {
        return STOP_WORDS.contains(lowerCaseWord);
    }

    private static Set<String> stopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = GermanStems.class.getResourceAsStream("/offline/stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("Missing word list offline/stopwords.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.addAll(List.of(line.strip().toLowerCase(Locale.GERMAN).split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
