package news.summarizer.core.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * How far a pooled figure could move on another set of the same kind: a 95 % interval by resampling the articles
 * (the percentile bootstrap, articles drawn with replacement, the figure pooled again each time). Our sets are small
 * (20 to 48 articles, one core actor ≈ 0.01–0.03 of recall), so a rule's gain on one set says little unless it is
 * larger than this interval's half-width; the interval is what tells a reader whether two figures differ at all.
 * Articles, not actors, are resampled because an article's actors are not independent (one misread page misses
 * several). Fixed seed: the same scores always print the same interval.
 */
final class ArticleBootstrap {

    static final int DRAWS = 2000;
    private static final long SEED = 20261206L;

    /** A pooled ratio's interval. */
    record Interval(double low, double high) {

        String format() {
            return String.format(Locale.ROOT, "%.3f–%.3f", low, high);
        }
    }

    private ArticleBootstrap() {
    }

    /** The 95 % interval of sum(part) / sum(whole) over the articles; (0, 0) for no articles or no whole. */
    static <T> Interval interval(List<T> articles, ToIntFunction<T> part, ToIntFunction<T> whole) {
        if (articles.isEmpty()) {
            return new Interval(0, 0);
        }
        int[] parts = articles.stream().mapToInt(part).toArray();
        int[] wholes = articles.stream().mapToInt(whole).toArray();
        Random random = new Random(SEED);
        double[] ratios = new double[DRAWS];
        int n = parts.length;
        for (int draw = 0; draw < DRAWS; draw++) {
            long p = 0;
            long w = 0;
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                p += parts[pick];
                w += wholes[pick];
            }
            ratios[draw] = w == 0 ? 0 : (double) p / w;
        }
        Arrays.sort(ratios);
        return new Interval(ratios[(int) Math.floor(0.025 * (DRAWS - 1))], ratios[(int) Math.ceil(0.975 * (DRAWS - 1))]);
    }
}
