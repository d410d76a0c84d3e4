package news.summarizer.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import news.summarizer.s3.support.Fixtures;
import news.summarizer.s3.support.LocalS3AndModel;
import news.summarizer.testing.DeployedJvmOptions;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.LambdaRuntime;
import news.summarizer.testing.PreloadLog;
import org.junit.jupiter.api.Test;

/**
 * The built {@code target/function.zip}, unpacked and run by AWS's runtime interface client as the java21 runtime
 * runs it, against a real S3-compatible server: the sample S3 event in, the summary object out. Catches a broken
 * package (missing class, resource or handler), which the in-JVM tests cannot see.
 */
class PackagedFunctionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_write_the_summary_when_function_zip_handles_the_sample_s3_event() throws Exception {
        // Without it a broken package would first be noticed after deployment.
        LocalS3AndModel local = new LocalS3AndModel();
        Map<String, String> config = local.start();
        try {
            local.model().answerAlways(Reply.content(Fixtures.oderBridgeAnswer()));
            Fixtures fixtures = new Fixtures(local.client());
            fixtures.putArticle("incoming/2025/11/Neue Oderbrücke für Güterzüge.txt");
            Map<String, String> environment = new java.util.HashMap<>(Map.of(
                    "AWS_ENDPOINT_URL_S3", local.endpoint(),
                    "AWS_REGION", System.getProperty("aws.region"),
                    "AWS_ACCESS_KEY_ID", System.getProperty("aws.accessKeyId"),
                    "AWS_SECRET_ACCESS_KEY", System.getProperty("aws.secretAccessKey"),
                    "AWS_REQUEST_CHECKSUM_CALCULATION", "when_required",
                    "AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required",
                    "SUMMARIZER_S3_PATH_STYLE", "true",
                    "SUMMARIZER_PROVIDER", "openai",
                    "SUMMARIZER_OPENAI_BASE_URL", config.get("summarizer.openai.base-url"),
                    "SUMMARIZER_OPENAI_API_KEY", "test"));
            environment.put("QUARKUS_LOG_CATEGORY__NEWS_SUMMARIZER__LEVEL", "DEBUG");
            try (LambdaRuntime lambda = LambdaRuntime.start(Path.of(System.getProperty("function.zip")),
                    Path.of(System.getProperty("lambda.ric.dir")), DeployedJvmOptions.with(environment),
                    Files.createTempDirectory("s3-function-lambda"))) {
                String event = Files.readString(Path.of("..", "events", "s3-put.json"), StandardCharsets.UTF_8);

                lambda.invoke(event, Duration.ofSeconds(60));

                JsonNode summary = fixtures.json("summaries/2025/11/Neue Oderbrücke für Güterzüge.txt.json");
                assertThat(summary.path("headline").asText()).as(lambda.log()).isNotBlank();
                assertThat(summary.path("source").path("key").asText()).isEqualTo("incoming/2025/11/Neue Oderbrücke für Güterzüge.txt");
                assertThat(summary.path("actors").get(0).path("name").asText()).isEqualTo("Lena Hartwig");
                assertThat(local.model().callCount()).isEqualTo(1);
                // the preload (on by default at the runner's 1,024 MB) loaded the list of the first request's classes;
                // one that names classes this build no longer has: regenerate it (docs/performance.md, seventh session)
                PreloadLog.Classes classes = PreloadLog.firstRequestClasses(lambda.log());
                assertThat(classes.listed()).isPositive();
                assertThat(classes.notFound()).as("classes of the list that this build lacks").isLessThanOrEqualTo(classes.listed() / 20);
            }
        } finally {
            local.stop();
        }
    }
}
