package news.summarizer.core.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The devset in two halves, so a rule tuned on one can be checked on the other: A holds the 1st, 3rd, 5th … file of
 * the sorted listing, B the 2nd, 4th …; every category ("politik-…", "sport-…") falls into both. A rule that helps
 * one half and hurts the other learned its articles, not German.
 */
final class DevsetHalves {

    private DevsetHalves() {
    }

    static EvaluationReport half(EvaluationReport report, boolean odd) {
        List<ArticleScore> scores = new ArrayList<>();
        for (int i = 0; i < report.articles().size(); i++) {
            if ((i % 2 == 0) == odd) {
                scores.add(report.articles().get(i));
            }
        }
        return new EvaluationReport(scores);
    }

    static void print(EvaluationReport report, PrintStream out) {
        EvaluationReport a = half(report, true);
        EvaluationReport b = half(report, false);
        out.println();
        out.printf("%-10s %8s %7s %7s %7s %7s%n", "half", "articles", "recall", "prec", "F1", "roles");
        row(out, "A (odd)", a);
        row(out, "B (even)", b);
        row(out, "overall", report);
        out.printf(Locale.ROOT, "%-10s %8s %7.3f %7.3f %7.3f %7.3f%n", "gap |A-B|", "",
                Math.abs(a.coreRecall() - b.coreRecall()), Math.abs(a.precision() - b.precision()),
                Math.abs(a.f1() - b.f1()), Math.abs(a.roleAccuracy() - b.roleAccuracy()));
        List<ArticleScore> gold = report.articles().stream().filter(ArticleScore::hasGold).toList();
        out.printf(Locale.ROOT, "95 %% interval, articles resampled: recall %s, precision %s, roles %s%n",
                ArticleBootstrap.interval(gold, ArticleScore::coreFound, ArticleScore::goldCore).format(),
                ArticleBootstrap.interval(gold, ArticleScore::reportedMatching, ArticleScore::reported).format(),
                ArticleBootstrap.interval(gold, ArticleScore::rolesRight, ArticleScore::rolesJudged).format());
    }

    private static void row(PrintStream out, String name, EvaluationReport report) {
        out.printf(Locale.ROOT, "%-10s %8d %7.3f %7.3f %7.3f %7.3f%n", name, report.articles().size(),
                report.coreRecall(), report.precision(), report.f1(), report.roleAccuracy());
    }
}
