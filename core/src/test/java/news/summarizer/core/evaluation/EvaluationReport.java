package news.summarizer.core.evaluation;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Per-article scores and the overall figures, pooled over the whole set as the devset README defines them. */
public record EvaluationReport(List<ArticleScore> articles) {

    public EvaluationReport {
        articles = List.copyOf(articles);
    }

    public double coreRecall() {
        return ratio(sum(ArticleScore::coreFound), sum(ArticleScore::goldCore));
    }

    public double precision() {
        return ratio(sum(ArticleScore::reportedMatching), goldArticles().stream().mapToInt(ArticleScore::reported).sum());
    }

    public double f1() {
        double p = precision();
        double r = coreRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double roleAccuracy() {
        return ratio(sum(ArticleScore::rolesRight), sum(ArticleScore::rolesJudged));
    }

    /** Over every article, with or without gold. */
    public double grounding() {
        return ratio(articles.stream().mapToInt(ArticleScore::grounded).sum(),
                articles.stream().mapToInt(ArticleScore::reported).sum());
    }

    public long languageRight() {
        return articles.stream().filter(ArticleScore::languageRight).count();
    }

    public int longestHeadline() {
        return articles.stream().mapToInt(ArticleScore::headlineLength).max().orElse(0);
    }

    public void print(PrintStream out, boolean details) {
        out.printf("%-18s %5s %5s %5s %5s %6s %6s %6s %5s %6s %4s %7s%n", "article", "core", "found", "rep", "match",
                "recall", "prec", "roles", "grnd", "lang", "hl", "ms");
        for (ArticleScore a : articles) {
            out.printf(Locale.ROOT, "%-18s %5s %5s %5d %5s %6s %6s %6s %5s %6s %4d %7.1f%n", a.file(),
                    a.hasGold() ? a.goldCore() : "-", a.hasGold() ? a.coreFound() : "-", a.reported(),
                    a.hasGold() ? a.reportedMatching() : "-",
                    a.hasGold() ? fmt(ratio(a.coreFound(), a.goldCore())) : "-",
                    a.hasGold() ? fmt(ratio(a.reportedMatching(), a.reported())) : "-",
                    a.rolesJudged() == 0 ? "-" : a.rolesRight() + "/" + a.rolesJudged(),
                    a.grounded() + "/" + a.reported(), a.language() + (a.languageRight() ? "" : "!" + a.summaryLanguage()),
                    a.headlineLength(), a.nanos() / 1e6);
            if (details) {
                out.println("  headline: " + a.headline());
                a.details().forEach(out::println);
            }
        }
        double[] ms = articles.stream().mapToDouble(a -> a.nanos() / 1e6).sorted().toArray();
        out.println();
        out.printf(Locale.ROOT, "articles %d (with gold %d)%n", articles.size(), goldArticles().size());
        out.printf(Locale.ROOT, "core recall     %.3f  (%d/%d)%n", coreRecall(), sum(ArticleScore::coreFound),
                sum(ArticleScore::goldCore));
        out.printf(Locale.ROOT, "precision       %.3f  (%d/%d)%n", precision(), sum(ArticleScore::reportedMatching),
                goldArticles().stream().mapToInt(ArticleScore::reported).sum());
        out.printf(Locale.ROOT, "F1              %.3f%n", f1());
        out.printf(Locale.ROOT, "role accuracy   %.3f  (%d/%d)%n", roleAccuracy(), sum(ArticleScore::rolesRight),
                sum(ArticleScore::rolesJudged));
        out.printf(Locale.ROOT, "grounded        %.3f  (%d/%d)%n", grounding(),
                articles.stream().mapToInt(ArticleScore::grounded).sum(),
                articles.stream().mapToInt(ArticleScore::reported).sum());
        out.printf(Locale.ROOT, "language right  %d/%d  (label = language the summary reads as)%n", languageRight(),
                articles.size());
        out.printf(Locale.ROOT, "headline length max %d, over 100: %d%n", longestHeadline(),
                articles.stream().filter(a -> a.headlineLength() > 100).count());
        if (ms.length > 0) {
            out.printf(Locale.ROOT, "time per article: mean %.1f ms, median %.1f ms, max %.1f ms%n",
                    java.util.Arrays.stream(ms).average().orElse(0), ms[ms.length / 2], ms[ms.length - 1]);
        }
    }

    private List<ArticleScore> goldArticles() {
        return articles.stream().filter(ArticleScore::hasGold).toList();
    }

    private int sum(java.util.function.ToIntFunction<ArticleScore> figure) {
        return goldArticles().stream().mapToInt(figure).sum();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
