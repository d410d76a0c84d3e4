package news.summarizer.core.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Content words of a text as stem counts. Stemming is deliberately crude (a few inflection endings off, then at
 * most seven letters): enough to make "Brücke"/"Brücken" and "Güterverkehr"/"Güterverkehrs" one term, which is
 * all that sentence similarity needs.
 */
record TermVector(Map<String, Integer> counts) {

    private static final String[] ENDINGS = {"ern", "en", "er", "es", "em", "e", "n", "s"};
    private static final int MAX_STEM = 7;

    static TermVector of(List<Word> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (Word word : words) {
            String stem = stem(word.text());
            if (stem != null) {
                counts.merge(stem, 1, Integer::sum);
            }
        }
        return new TermVector(counts);
    }

    /** The stem of a content word, or null for function words, numbers and punctuation. */
    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 3 || !Character.isLetter(lower.charAt(0)) || Lexicon.STOP_WORDS.contains(lower)) {
            return null;
        }
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 4) {
                lower = lower.substring(0, lower.length() - ending.length());
                break;
            }
        }
        return lower.length() > MAX_STEM ? lower.substring(0, MAX_STEM) : lower;
    }

    TermVector plus(TermVector other) {
        Map<String, Integer> sum = new HashMap<>(counts);
        other.counts.forEach((term, count) -> sum.merge(term, count, Integer::sum));
        return new TermVector(sum);
    }

    TermVector minus(TermVector other) {
        Map<String, Integer> difference = new HashMap<>(counts);
        other.counts.forEach((term, count) -> difference.computeIfPresent(term, (t, c) -> c - count > 0 ? c - count : null));
        return new TermVector(difference);
    }

    double cosine(TermVector other) {
        double dot = 0;
        for (var entry : counts.entrySet()) {
            dot += entry.getValue() * other.counts.getOrDefault(entry.getKey(), 0);
        }
        double norms = norm() * other.norm();
        return norms == 0 ? 0 : dot / norms;
    }

    private double norm() {
        double sum = 0;
        for (int count : counts.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }
}
