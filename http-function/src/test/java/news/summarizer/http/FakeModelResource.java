package news.summarizer.http;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import news.summarizer.testing.FakeOpenAiServer;

/** Starts the OpenAI-compatible fake on 127.0.0.1 and points the openai provider at it. */
public class FakeModelResource implements QuarkusTestResourceLifecycleManager {

    private static FakeOpenAiServer server;

    public static FakeOpenAiServer model() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = FakeOpenAiServer.start();
        return Map.of(
                "summarizer.provider", "openai",
                "summarizer.openai.base-url", server.baseUrl(),
                "summarizer.openai.api-key", "test-key",
                "summarizer.openai.model", "test-model",
                "summarizer.openai.timeout", "1s",
                "summarizer.model.retries", "1",
                "summarizer.model.initial-backoff", "0.01s",
                "summarizer.model.max-backoff", "0.05s",
                "summarizer.model.total-budget", "20s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
