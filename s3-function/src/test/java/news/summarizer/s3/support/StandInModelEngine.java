package news.summarizer.s3.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.Article;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.engine.Usage;

/**
 * TEMPORARY stand-in for the core's model engine, which is being written on main: one chat-completions call to
 * {@code summarizer.openai.base-url}, no retries. Delete this class once main's engine is merged.
 */
@Named("model")
@ApplicationScoped
public class StandInModelEngine implements SummaryEngine {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SummarizerConfig.OpenAi config;
    private final HttpClient http = HttpClient.newHttpClient();

    public StandInModelEngine(SummarizerConfig config) {
        this.config = config.openai();
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public String promptVersion() {
        return "stand-in-1";
    }

    @Override
    public Readiness readiness() {
        return Readiness.up();
    }

    @Override
    public EngineOutput summarize(Article article) {
        try {
            String request = JSON.createObjectNode().put("model", config.model())
                    .set("messages", JSON.createArrayNode().add(JSON.createObjectNode().put("role", "user")
                            .put("content", article.text()))).toString();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.baseUrl() + "/chat/completions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429 || response.statusCode() >= 500) {
                throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "HTTP " + response.statusCode());
            }
            JsonNode content = JSON.readTree(JSON.readTree(response.body()).path("choices").path(0).path("message")
                    .path("content").asText());
            DraftSummary draft = JSON.treeToValue(content, DraftSummary.class);
            return new EngineOutput(draft, promptVersion(), new Usage(1200, 300, 1), List.of());
        } catch (IOException e) {
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummarizerException(ErrorCode.MODEL_TIMEOUT, "interrupted");
        }
    }
}
