package news.summarizer.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.LambdaRuntime;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * Prints figures, asserts nothing; not part of the test run. Measures the packaged function.zip under AWS's runtime
 * interface client: package size, cold start (process start to first response), warm per-request time of our own
 * code (offline engine; openai provider against an instant fake model, so only our overhead is left), and memory.
 *
 * <pre>./mvnw -B verify -pl http-function -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HttpFunctionBenchmark</pre>
 *
 * Articles: the files in ../shared/seeds when present (third-party text, never committed), else the test articles.
 */
class HttpFunctionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COLD_STARTS = 3;
    private static final int WARM_ROUNDS = 30;

    @Test
    void benchmark() throws Exception {
        Path zip = Path.of(System.getProperty("function.zip"));
        List<String> articles = articles();
        System.out.printf("%nfunction.zip: %.1f MB (%d bytes); articles: %d%n", Files.size(zip) / 1e6, Files.size(zip), articles.size());
        for (String provider : List.of("offline", "openai")) {
            try (FakeOpenAiServer model = FakeOpenAiServer.start()) {
                model.answerAlways(Reply.content(ModelAnswers.oderBridge().toString()));
                Map<String, String> environment = provider.equals("offline")
                        ? Map.of("SUMMARIZER_PROVIDER", "offline")
                        : Map.of("SUMMARIZER_PROVIDER", "openai", "SUMMARIZER_OPENAI_BASE_URL", model.baseUrl(),
                                "SUMMARIZER_OPENAI_API_KEY", "bench");
                List<Long> cold = new ArrayList<>();
                List<Long> warm = new ArrayList<>();
                List<Long> inside = new ArrayList<>();
                long rss = 0;
                for (int start = 0; start < COLD_STARTS; start++) {
                    long launched = System.nanoTime();
                    try (LambdaRuntime lambda = LambdaRuntime.start(zip, Path.of(System.getProperty("lambda.ric.dir")),
                            environment, Files.createTempDirectory("bench"))) {
                        check(lambda.invoke(event(articles.get(0)), Duration.ofSeconds(60)));
                        cold.add((System.nanoTime() - launched) / 1_000_000);
                        if (start == COLD_STARTS - 1) {
                            for (int round = 0; round < WARM_ROUNDS; round++) {
                                for (String article : articles) {
                                    long sent = System.nanoTime();
                                    JsonNode summary = check(lambda.invoke(event(article), Duration.ofSeconds(60)));
                                    warm.add((System.nanoTime() - sent) / 1_000);
                                    inside.add(summary.path("engine").path("durationMs").asLong());
                                }
                            }
                            rss = lambda.residentKib();
                        }
                    }
                }
                Collections.sort(cold);
                Collections.sort(warm);
                Collections.sort(inside);
                System.out.printf("%-8s cold start (process start to first response): median %d ms, min %d ms, max %d ms%n",
                        provider, cold.get(cold.size() / 2), cold.get(0), cold.get(cold.size() - 1));
                System.out.printf("%-8s warm request (invoke to response, %d requests): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        provider, warm.size(), warm.get(warm.size() / 2) / 1000.0, warm.get(warm.size() * 95 / 100) / 1000.0,
                        warm.get(warm.size() - 1) / 1000.0);
                System.out.printf("%-8s engine.durationMs (summarizer incl. model call): p50 %d ms, p95 %d ms%n",
                        provider, inside.get(inside.size() / 2), inside.get(inside.size() * 95 / 100));
                System.out.printf("%-8s resident memory after the warm requests: %d MB%n", provider, rss / 1024);
            }
        }
    }

    private static JsonNode check(String response) throws Exception {
        JsonNode node = JSON.readTree(response);
        if (node.path("statusCode").asInt() != 200) {
            throw new IllegalStateException("Benchmark request failed: " + response);
        }
        return JSON.readTree(node.path("body").asText());
    }

    private static String event(String article) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "events", "http-api-post.json"), StandardCharsets.UTF_8));
        event.put("body", article);
        ((ObjectNode) event.get("headers")).remove("content-length");
        return event.toString();
    }

    private static List<String> articles() throws Exception {
        Path seeds = Path.of("..", "..", "shared", "seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                List<String> texts = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
                if (!texts.isEmpty()) {
                    return texts;
                }
            }
        }
        return List.of(TestArticles.text(TestArticles.ODER_BRIDGE));
    }
}
