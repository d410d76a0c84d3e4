package news.summarizer.core.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;

/**
 * The evaluation command's HTML mode ({@code --html DIR}): runs intake over a folder in the layout of trafilatura's
 * evaluation set ({@code evaldata.json} plus the pages under {@code eval/} or {@code cache/}, unpacked or as the
 * shared {@code .tgz}: {@link BenchmarkFolder}) and scores the main
 * text under that benchmark's rule: whitespace-normalised, a {@code with} segment found is a true positive, a
 * {@code without} segment found a false positive; a failing page counts every {@code with} as missed. Prints the
 * table overall and for the odd- and even-numbered pages (the tuning half and the held-out half), failures by
 * cause, the 20 worst pages and the time per page (wall and CPU). Pages go in as stored bytes, with no charset given.
 */
final class HtmlEvaluation {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS); // Python's \s, as the rule uses
    private static final int WARM_UP_ROUNDS = 1;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
        }

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double f1() {
            return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
        }

        /** Segments scored wrong on this page: the sort key of the worst pages. */
        int errors() {
            return falsePositives + falseNegatives;
        }

        private static double ratio(double numerator, double denominator) {
            return denominator == 0 ? 0 : numerator / denominator;
        }
    }

    record PageResult(int index, String file, Counts counts, String failure, long nanos, long cpuNanos, List<String> missed,
                      List<String> included) {
    }

    void run(Path path, PrintStream out, boolean details, int worst) throws IOException {
        BenchmarkFolder folder = BenchmarkFolder.open(path);
        JsonNode pages = new ObjectMapper().readTree(folder.read("evaldata.json"));
        List<PageResult> results = new ArrayList<>();
        for (int round = 0; round <= WARM_UP_ROUNDS; round++) {
            results.clear();
            int index = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = pages.fields(); it.hasNext(); index++) {
                results.add(score(folder, index, it.next().getValue()));
            }
        }
        out.printf("HTML intake on %s: %d pages%n%n", folder, results.size());
        out.println("| pages | precision | recall | F1 | failing |");
        out.println("|---|---|---|---|---|");
        row(out, "all", results);
        row(out, "odd (tuning half)", results.stream().filter(r -> r.index() % 2 == 1).toList());
        row(out, "even (held out)", results.stream().filter(r -> r.index() % 2 == 0).toList());

        Map<String, Integer> causes = new TreeMap<>();
        results.stream().filter(r -> r.failure() != null).forEach(r -> causes.merge(r.failure(), 1, Integer::sum));
        out.println();
        out.println("Failing pages by cause: " + (causes.isEmpty() ? "none" : causes));

        long[] nanos = results.stream().mapToLong(PageResult::nanos).sorted().toArray();
        out.printf("Time per page (after %d warm-up round): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                WARM_UP_ROUNDS, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.9)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
        // the thread's CPU time does not grow while other processes hold the cores, as wall time does on a busy machine
        long[] cpu = results.stream().mapToLong(PageResult::cpuNanos).sorted().toArray();
        out.printf("CPU time per page (this thread): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.9)] / 1e6, cpu[cpu.length - 1] / 1e6);

        out.println();
        out.println(worst + " worst pages (missed + wrongly included segments):");
        out.println("| # | page | half | missed | included | failure |");
        out.println("|---|---|---|---|---|---|");
        results.stream()
                .sorted(Comparator.comparingInt((PageResult r) -> r.counts().errors()).reversed()
                        .thenComparing(PageResult::file))
                .limit(worst)
                .forEach(r -> {
                    out.printf("| %d | %s | %s | %d of %d | %d of %d | %s |%n", r.index(), r.file(),
                            r.index() % 2 == 1 ? "odd" : "even",
                            r.counts().falseNegatives(), r.counts().truePositives() + r.counts().falseNegatives(),
                            r.counts().falsePositives(), r.counts().falsePositives() + r.counts().trueNegatives(),
                            r.failure() == null ? "" : r.failure());
                    if (details) {
                        r.missed().forEach(s -> out.println("    missed:   " + s));
                        r.included().forEach(s -> out.println("    included: " + s));
                    }
                });
    }

    private PageResult score(BenchmarkFolder folder, int index, JsonNode page) throws IOException {
        String file = page.get("file").asText();
        byte[] bytes = folder.read("eval/" + file);
        if (bytes == null) {
            bytes = folder.read("cache/" + file);
        }
        if (bytes == null) {
            throw new IOException("Page " + file + " is neither in eval/ nor in cache/");
        }
        List<String> with = segments(page.get("with"));
        List<String> without = segments(page.get("without"));
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        String text = null;
        String failure = null;
        try {
            Article article = intake.read(bytes, ArticleFormat.HTML);
            text = normalize(article.text());
        } catch (SummarizerException e) {
            failure = e.code().code();
        } catch (RuntimeException | StackOverflowError e) {
            failure = e.getClass().getSimpleName();
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        if (text == null) {
            return new PageResult(index, file, new Counts(0, 0, with.size(), without.size()), failure, nanos, cpuNanos, with,
                    List.of());
        }
        List<String> missed = new ArrayList<>();
        List<String> included = new ArrayList<>();
        int tp = 0;
        for (String segment : with) {
            if (text.contains(segment)) {
                tp++;
            } else {
                missed.add(segment);
            }
        }
        for (String segment : without) {
            if (text.contains(segment)) {
                included.add(segment);
            }
        }
        return new PageResult(index, file,
                new Counts(tp, included.size(), missed.size(), without.size() - included.size()),
                null, nanos, cpuNanos, missed, included);
    }

    private static List<String> segments(JsonNode array) {
        List<String> segments = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> segments.add(normalize(node.asText())));
        }
        return segments;
    }

    private static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static void row(PrintStream out, String label, List<PageResult> results) {
        Counts sum = results.stream().map(PageResult::counts).reduce(Counts.ZERO, Counts::plus);
        long failing = results.stream().filter(r -> r.failure() != null).count();
        out.printf("| %s (%d) | %.3f | %.3f | %.3f | %d |%n", label, results.size(), sum.precision(), sum.recall(),
                sum.f1(), failing);
    }
}
