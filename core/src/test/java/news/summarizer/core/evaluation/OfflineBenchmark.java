package news.summarizer.core.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.engine.WarmUpArticle;
import news.summarizer.core.offline.EntityFinder;
import news.summarizer.core.offline.OfflineSummaryEngine;

/**
 * How long the offline engine takes for a 4,000-character article on one thread after warm-up (docs/offline-engine.md,
 * "Benchmark"). Prints figures and asserts nothing; not part of the test run. The article is the fictional
 * regression articles joined until 4,000 characters.
 */
public final class OfflineBenchmark {

    private static final int CHARACTERS = 4_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 500;

    private OfflineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        java.util.logging.Logger.getLogger("news.summarizer").setLevel(java.util.logging.Level.WARNING);
        String text = article();
        Article article = new ArticleIntake(TestConfigs.config()).read(text.getBytes(StandardCharsets.UTF_8),
                ArticleFormat.PLAIN_TEXT);
        // Two texts in turn: the analyser keeps the last article per thread (for the entity finder after the
        // engine), so one text summarised again and again would measure the cache, not the engine.
        Article other = new ArticleIntake(TestConfigs.config()).read((text + " Mehr folgt.").getBytes(
                StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT);
        Article[] articles = {article, other};
        OfflineSummaryEngine engine = new OfflineSummaryEngine();
        long loading = System.nanoTime();
        engine.warmUp(new ArticleIntake(TestConfigs.config()).read(WarmUpArticle.body(), WarmUpArticle.CONTENT_TYPE));
        System.out.printf(Locale.ROOT, "model loading (start-up): %.0f ms%n", (System.nanoTime() - loading) / 1e6);
        long first = System.nanoTime();
        engine.summarize(article);
        System.out.printf(Locale.ROOT, "first article: %.1f ms%n", (System.nanoTime() - first) / 1e6);
        for (int i = 0; i < WARM_UP; i++) {
            engine.summarize(articles[i % 2]);
        }
        // Wall time suffers from whatever else the machine runs; the thread's CPU time is the time on one core.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED];
        long[] cpu = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            engine.summarize(articles[i % 2]);
            nanos[i] = System.nanoTime() - started;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        java.util.Arrays.sort(nanos);
        java.util.Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "article of %d characters, %d runs after %d warm-up runs, one thread:%n",
                article.text().length(), MEASURED, WARM_UP);
        System.out.printf(Locale.ROOT, "  CPU time  median %.2f ms, p90 %.2f ms, min %.2f ms%n", cpu[MEASURED / 2] / 1e6,
                cpu[MEASURED * 9 / 10] / 1e6, cpu[0] / 1e6);
        System.out.printf(Locale.ROOT, "  wall time median %.2f ms, p90 %.2f ms, min %.2f ms, max %.2f ms%n",
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6, nanos[0] / 1e6, nanos[MEASURED - 1] / 1e6);
        long[] entities = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            engine.summarize(articles[i % 2]);
            long cpuStarted = threads.getCurrentThreadCpuTime();
            EntityFinder.find(articles[i % 2].text()); // what every answer adds, on the analysis just made
            entities[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        java.util.Arrays.sort(entities);
        System.out.printf(Locale.ROOT, "  entities (every answer) CPU time median %.2f ms, p90 %.2f ms%n",
                entities[MEASURED / 2] / 1e6, entities[MEASURED * 9 / 10] / 1e6);
        // The whole answer as the functions give it: engine, grounding, statements (docs/statements.md) and salience.
        news.summarizer.core.ArticleSummarizer summarizer = Summarizers.of(TestConfigs.config());
        for (int i = 0; i < WARM_UP; i++) {
            summarizer.summarize(articles[i % 2]);
        }
        long[] whole = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            summarizer.summarize(articles[i % 2]);
            whole[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        java.util.Arrays.sort(whole);
        System.out.printf(Locale.ROOT, "  whole answer (engine, grounding, statements, salience): CPU time median %.2f ms, "
                + "p90 %.2f ms%n", whole[MEASURED / 2] / 1e6, whole[MEASURED * 9 / 10] / 1e6);
        System.out.printf(Locale.ROOT, "  load average during the run: %.2f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static String article() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {"wirtschaft-01", "politik-01", "justiz-01", "klima-01", "tech-01", "sport-02"}) {
            try (InputStream in = OfflineBenchmark.class.getResourceAsStream("/regression/articles/" + name + ".txt")) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^ date [^\\n]*\\n+", "");
                text.append(body).append("\n\n");
            }
            if (text.length() >= CHARACTERS) {
                break;
            }
        }
        String cut = text.substring(0, Math.min(CHARACTERS, text.length()));
        return cut.substring(0, cut.lastIndexOf('.') + 1); // end at a sentence, as a real article would
    }
}
