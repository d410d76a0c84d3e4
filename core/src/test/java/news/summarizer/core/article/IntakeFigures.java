package news.summarizer.core.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.offline.OfflineSummaryEngine;
import news.summarizer.core.text.Datelines;

/**
 * Prints, for a folder of article files (default {@code ../shared/devset/articles}), what intake and the offline
 * engine make of their first lines: headlines that are a date line or open with a dateline, summaries that open with
 * one, date lines read at month precision, and the summary language of the en/fr/es files. Asserts nothing; not part
 * of the test run. The actor-quality figures come from the evaluation command.
 */
public final class IntakeFigures {

    private static final Pattern DATE_LINE = Pattern.compile("(?i)^\\s*(date|datum)\\s*:?\\s+\\d{4}");
    private static final Pattern MONTH_LINE = Pattern.compile("\\A\\s*date\\s+\\d{4}-\\d{2}\\s");

    private IntakeFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/devset/articles");
        ArticleIntake intake = new ArticleIntake(TestConfigs.config());
        OfflineSummaryEngine engine = new OfflineSummaryEngine();
        int articles = 0, dateHeadline = 0, datelineHeadline = 0, summaryOpens = 0, monthLines = 0, monthsRead = 0;
        int foreign = 0, foreignLabelled = 0;
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Article article = intake.read(bytes, ArticleFormat.PLAIN_TEXT);
            EngineOutput output = engine.summarize(article);
            String headline = output.draft().headline();
            String summary = output.draft().summary();
            String name = file.getFileName().toString();
            articles++;
            dateHeadline += DATE_LINE.matcher(headline).find() ? 1 : 0;
            datelineHeadline += Datelines.leadingDatelineLength(headline) > 0 ? 1 : 0;
            summaryOpens += DATE_LINE.matcher(summary).find() || Datelines.leadingDatelineLength(summary) > 0 ? 1 : 0;
            if (MONTH_LINE.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
                monthLines++;
                monthsRead += article.date() != null && article.date().matches("\\d{4}-\\d{2}") ? 1 : 0;
            }
            if (name.matches("(en|fr|es|it|nl)-.*")) {
                foreign++;
                foreignLabelled += output.language().equals(name.substring(0, 2)) ? 1 : 0;
            }
            System.out.printf("%-18s date=%-10s language=%-3s headline=%s%n", name, article.date(), output.language(), headline);
        }
        System.out.printf("%narticles %d | headline is a date line %d | headline opens with a dateline %d | summary opens "
                        + "with either %d | month date lines read as month %d of %d | non-German labelled with its language %d of %d%n",
                articles, dateHeadline, datelineHeadline, summaryOpens, monthsRead, monthLines, foreignLabelled, foreign);
    }
}
