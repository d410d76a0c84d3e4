package news.summarizer.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import news.summarizer.testing.DeployedJvmOptions;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.LambdaRuntime;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.PreloadLog;
import org.junit.jupiter.api.Test;

/**
 * The built {@code target/function.zip}, unpacked and run by AWS's runtime interface client exactly as the java21
 * runtime runs it, invoked with the sample HTTP API event. Catches what unit tests cannot: a missing class or
 * resource in the package, a wrong handler, configuration that only fails in the packaged application.
 */
class PackagedFunctionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_answer_the_sample_http_event_when_function_zip_runs_in_the_lambda_runtime() throws Exception {
        // Without it a broken package would first be noticed after deployment.
        answerSampleEvent(Map.of(), lambda -> { });
    }

    @Test
    void should_load_in_init_and_answer_alike_when_the_cold_start_preload_runs() throws Exception {
        // Without it a preload that breaks the packaged start (it begins in Quarkus's static init, before the config
        // mapping exists) or that is still loading when the first request comes would first be noticed on AWS.
        answerSampleEvent(Map.of("SUMMARIZER_MODEL_WARM_UP", "preload",
                "QUARKUS_LOG_CATEGORY__NEWS_SUMMARIZER__LEVEL", "DEBUG"), lambda -> {
            String log = lambda.log();
            // One line once init has waited for the preload: the preload thread's own lines could come before Quarkus
            // applied the runtime log levels and be dropped (this test was flaky when it read them).
            // the start-up observers' loads (engine, summary JSON) come after the shared ones, in either order
            assertThat(log).containsPattern("preloaded TLS context in \\d+ ms, summary schema in \\d+ ms, "
                    + "German models in \\d+ ms, first-request classes in \\d+ ms \\(\\d+ listed, \\d+ not found\\), "
                    + "(engine openai|summary JSON) in \\d+ ms")
                    .containsPattern("preloaded [^\\n]*engine openai in \\d+ ms")
                    .containsPattern("preloaded [^\\n]*summary JSON in \\d+ ms");
            assertThat(log.indexOf("preloaded TLS context")).as(log).isPositive()
                    .isLessThan(log.indexOf("summary id=sha256:"));
            // a list that names classes this build no longer has: regenerate it (docs/performance.md, seventh session)
            PreloadLog.Classes classes = PreloadLog.firstRequestClasses(log);
            assertThat(classes.listed()).isPositive();
            assertThat(classes.notFound()).as("classes of the list that this build lacks").isLessThanOrEqualTo(classes.listed() / 20);
        });
    }

    private interface LogCheck {
        void check(LambdaRuntime lambda) throws Exception;
    }

    private static void answerSampleEvent(Map<String, String> settings, LogCheck logCheck) throws Exception {
        Path work = Files.createTempDirectory("http-function-lambda");
        Map<String, String> environment = new java.util.HashMap<>(settings);
        try (FakeOpenAiServer model = FakeOpenAiServer.start()) {
            environment.putAll(Map.of("SUMMARIZER_PROVIDER", "openai",
                    "SUMMARIZER_OPENAI_BASE_URL", model.baseUrl(),
                    "SUMMARIZER_OPENAI_API_KEY", "test-key"));
            try (LambdaRuntime lambda = LambdaRuntime.start(Path.of(System.getProperty("function.zip")),
                    Path.of(System.getProperty("lambda.ric.dir")), DeployedJvmOptions.with(environment), work)) {
                model.answerAlways(Reply.content(ModelAnswers.oderBridge().toString()));
                String event = Files.readString(Path.of("..", "events", "http-api-post.json"), StandardCharsets.UTF_8);

                JsonNode response = JSON.readTree(lambda.invoke(event, Duration.ofSeconds(60)));

                assertThat(response.path("statusCode").asInt()).as(lambda.log()).isEqualTo(200);
                JsonNode summary = JSON.readTree(body(response));
                assertThat(summary.path("headline").asText()).isEqualTo("Deutschland und Polen bauen gemeinsam eine neue Oderbrücke");
                assertThat(summary.path("engine").path("provider").asText()).isEqualTo("openai");
                assertThat(summary.path("actors").get(0).path("name").asText()).isEqualTo("Lena Hartwig");
                assertThat(model.callCount()).isEqualTo(1);
                assertThat(lambda.log()).contains("summary id=sha256:");
                logCheck.check(lambda);
            }
        }
    }

    private static String body(JsonNode response) {
        String body = response.path("body").asText();
        return response.path("isBase64Encoded").asBoolean()
                ? new String(java.util.Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
                : body;
    }
}
