package news.summarizer.core.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.summarizer.core.text.GermanStems;

/** Content words of a text as stem counts ({@link GermanStems}, the toolkit's one stemmer). */
record TermVector(Map<String, Integer> counts) {

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
        if (lower.length() < 3 || !Character.isLetter(lower.charAt(0)) || GermanStems.isStopWord(lower)) {
            return null;
        }
        return GermanStems.stem(lower);
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
