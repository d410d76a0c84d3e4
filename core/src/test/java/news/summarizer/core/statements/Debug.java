package news.summarizer.core.statements;

import java.nio.file.Files;
import java.nio.file.Path;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;

public class Debug {
    public static void main(String[] args) throws Exception {
        ArticleSummarizer s = news.summarizer.core.evaluation.Summarizers.of(news.summarizer.core.TestConfigs.config());
        for (String file : args) {
            Article a = s.intake().read(Files.readAllBytes(Path.of(file)), ArticleFormat.PLAIN_TEXT);
            var sum = s.summarize(a);
            System.out.println("== " + file);
            sum.actors().forEach(x -> System.out.println("A " + x.name() + " " + x.type() + " " + x.salience()));
            for (var q : Quotations.find(a.text())) System.out.println("Q " + q.of(a.text()));
            sum.statements().forEach(x -> System.out.println("S " + x.speaker() + " [" + x.kind() + "] " + x.text()));
        }
    }
}
