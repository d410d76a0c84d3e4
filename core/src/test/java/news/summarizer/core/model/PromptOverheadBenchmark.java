package news.summarizer.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * Prints figures, asserts nothing; not part of the test run. Writes what the model is sent for one article besides
 * the article itself (system prompt, user prompt without the article, the JSON schema as response format) to
 * {@code core/target/prompt-overhead-<mode>.json}, for a tokenizer to count, and prints its size in characters.
 *
 * <pre>./mvnw -B -q verify -pl core -am -DskipITs -Dtest=PromptOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class PromptOverheadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void print_prompt_overhead() throws IOException {
        try (FakeOpenAiServer model = FakeOpenAiServer.start()) {
            for (String mode : List.of("json-schema", "json-mode")) {
                model.reset();
                model.answerAlways(Reply.content(ModelAnswers.oderBridge().toString()));
                SummarizerConfig config = TestConfigs.config("summarizer.provider", "openai",
                        "summarizer.openai.base-url", model.baseUrl(), "summarizer.openai.model", "gpt-4o-mini",
                        "summarizer.openai.json-schema", Boolean.toString(mode.equals("json-schema")));
                Article article = new ArticleIntake(config).read(
                        TestArticles.text(TestArticles.ODER_BRIDGE).getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT);
                ModelTarget target = OpenAiTargetFactory.openAi(config.openai(), config.openai().apiKey());
                new ModelSummaryEngine(() -> target, () -> null, config, wait -> { }).summarize(article);
                JsonNode request = model.lastRequest();
                ObjectNode overhead = JSON.createObjectNode();
                overhead.put("system", request.path("messages").get(0).path("content").asText());
                overhead.put("user", request.path("messages").get(1).path("content").asText().replace(article.text(), ""));
                overhead.put("schema", request.path("response_format").isMissingNode() ? "" : request.path("response_format").toString());
                Path out = Path.of("target", "prompt-overhead-" + mode + ".json");
                Files.writeString(out, overhead.toPrettyString());
                System.out.printf("%s: system %d, user without article %d, response_format %d characters; article %d -> %s%n",
                        mode, overhead.path("system").asText().length(), overhead.path("user").asText().length(),
                        overhead.path("schema").asText().length(), article.text().length(), out.toAbsolutePath());
            }
        }
    }
}
