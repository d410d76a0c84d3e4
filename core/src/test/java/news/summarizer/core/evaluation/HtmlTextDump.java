package news.summarizer.core.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;

/**
 * Writes the text intake reads from every page of an HTML benchmark ({@code --dump-html DIR OUT}): one {@code pNNN.txt}
 * per page in the devset's article format (a {@code " date …"} line when intake found one) and an {@code index.tsv}
 * (file, language, characters, title, url, page). That is the pool from which held-out sets are drawn and annotated:
 * real pages as intake sees them, bylines, captions and half-sentences included, from sites no rule was tuned on.
 * The texts are the pages' own (third-party): they stay outside the repository, as the annotations do.
 */
final class HtmlTextDump {

    private HtmlTextDump() {
    }

    static void run(Path benchmark, Path out, PrintStream log) throws IOException {
        BenchmarkFolder folder = BenchmarkFolder.open(benchmark);
        Files.createDirectories(out);
        ArticleIntake intake = new ArticleIntake(TestConfigs.config());
        JsonNode pages = new ObjectMapper().readTree(folder.read("evaldata.json"));
        StringBuilder index = new StringBuilder();
        int written = 0;
        int failed = 0;
        int number = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = pages.fields(); it.hasNext(); number++) {
            String page = it.next().getValue().get("file").asText();
            byte[] bytes = folder.read("eval/" + page);
            if (bytes == null) {
                bytes = folder.read("cache/" + page);
            }
            try {
                Article article = intake.read(bytes, ArticleFormat.HTML);
                String file = String.format("p%03d.txt", number);
                String dateLine = article.date() == null ? "" : " date " + article.date() + "\n\n";
                Files.writeString(out.resolve(file), dateLine + article.text(), StandardCharsets.UTF_8);
                index.append(String.join("\t", file, String.valueOf(article.language()),
                        Integer.toString(article.text().length()), String.valueOf(article.title()).replace('\t', ' '),
                        String.valueOf(article.url()), page)).append('\n');
                written++;
            } catch (RuntimeException e) {
                failed++; // a page intake rejects ("no text", a charset it cannot read) is no article to annotate
            }
        }
        Files.writeString(out.resolve("index.tsv"), index.toString(), StandardCharsets.UTF_8);
        log.printf("%d pages written to %s, %d rejected by intake%n", written, out, failed);
    }
}
