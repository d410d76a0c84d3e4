package news.summarizer.core.offline;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.testing.TestArticles;

/** Test articles read through the real intake, so the engine sees exactly the text a request would give it. */
final class OfflineArticles {

    private static final SummarizerConfig CONFIG = new SummarizerConfig() {
        @Override
        public Provider provider() {
            return Provider.OFFLINE;
        }

        @Override
        public int maxCharacters() {
            return 200_000;
        }

        @Override
        public OpenAi openai() {
            return null;
        }

        @Override
        public Bedrock bedrock() {
            return null;
        }

        @Override
        public Model model() {
            return null;
        }

        @Override
        public Story story() {
            return null;
        }
    };

    private OfflineArticles() {
    }

    static Article resource(String resource) {
        return text(TestArticles.text(resource));
    }

    static Article text(String text) {
        return new ArticleIntake(CONFIG).read(text.getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT);
    }

    static Article titled(String title, String text) {
        Article article = text(text);
        return new Article(article.id(), article.text(), title, article.date(), article.url());
    }
}
