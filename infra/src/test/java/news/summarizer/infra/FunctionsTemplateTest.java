package news.summarizer.infra;

import static news.summarizer.infra.Template.getAtt;
import static news.summarizer.infra.Template.map;
import static news.summarizer.infra.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FunctionsTemplateTest {

    private static final Map<String, String> MODULE_OF_FUNCTION = Map.of(
            "HttpFunction", "http-function",
            "S3Function", "s3-function");

    private final Template template = Template.load();

    @Test
    void should_run_the_quarkus_stream_handler_on_java21_when_either_function_is_invoked() {
        // Without it: another handler class or runtime makes every invocation fail with ClassNotFound or
        // an unsupported class version, and nothing before the first real call would notice.
        assertThat(template.ofType("AWS::Serverless::Function")).containsExactlyInAnyOrderElementsOf(MODULE_OF_FUNCTION.keySet());
        for (String function : MODULE_OF_FUNCTION.keySet()) {
            assertThat(template.functionProperty(function, "Handler"))
                    .as(function).isEqualTo("io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest");
            assertThat(template.functionProperty(function, "Runtime")).as(function).isEqualTo("java21");
        }
    }

    @Test
    void should_deploy_the_quarkus_zip_of_its_own_module_when_code_uri_is_resolved() {
        // Without it: a jar path, a swapped module or a typo deploys the wrong code or makes `sam deploy` fail.
        for (var entry : MODULE_OF_FUNCTION.entrySet()) {
            assertThat(template.properties(entry.getKey()).get("CodeUri"))
                    .as(entry.getKey()).isEqualTo("../" + entry.getValue() + "/target/function.zip");
        }
    }

    @ParameterizedTest
    @CsvSource({"http-function, quarkus-amazon-lambda-http", "s3-function, quarkus-amazon-lambda"})
    void should_build_target_function_zip_when_the_module_is_listed_in_the_root_pom(String module, String extension)
            throws Exception {
        // Without it: the template points at a zip no module builds (renamed module, wrong extension,
        // pom packaging), and the deploy uploads a stale file or fails. Skipped until the module is merged.
        assumeTrue(rootModules().contains(module), module + " is not in the root pom's <modules> yet");
        Path pom = Template.REPOSITORY_ROOT.resolve(module).resolve("pom.xml");
        assertThat(pom).exists();
        Document document = xml(pom);
        List<String> artifactIds = texts(document, "artifactId");
        // The Quarkus Lambda extensions make the quarkus-maven-plugin write target/function.zip.
        assertThat(artifactIds).contains(extension, "quarkus-maven-plugin");
        assertThat(texts(document, "packaging")).allMatch("jar"::equals);
    }

    @Test
    void should_snapshot_published_versions_behind_the_live_alias_when_snapstart_is_on() {
        // Without it: SnapStart applies only to published versions; $LATEST or a stale version would run with
        // full cold starts or old configuration, and triggers bound to the function skip the alias.
        for (String function : MODULE_OF_FUNCTION.keySet()) {
            assertThat(template.functionProperty(function, "SnapStart")).as(function)
                    .isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
            assertThat(template.functionProperty(function, "AutoPublishAlias")).as(function).isEqualTo("live");
            assertThat(template.functionProperty(function, "AutoPublishAliasAllProperties")).as(function).isEqualTo(true);
        }
        assertThat(template.properties("HttpApiIntegration").get("IntegrationUri")).isEqualTo(ref("HttpFunction.Alias"));
        assertThat(template.properties("HttpApiInvokePermission").get("FunctionName")).isEqualTo(ref("HttpFunction.Alias"));
    }

    @Test
    void should_stop_the_jit_at_tier_one_when_the_jvm_starts() {
        // Without it: C2 compilation during short invocations costs CPU and start-up time the function bills for.
        for (String function : MODULE_OF_FUNCTION.keySet()) {
            assertThat(String.valueOf(template.environment(function).get("JAVA_TOOL_OPTIONS"))).as(function)
                    .contains("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void should_end_model_calls_before_the_function_times_out_when_the_budget_is_spent() {
        // Without it: Lambda kills a run mid-call, no error report is written and the message is retried blindly;
        // over HTTP, API Gateway answers 503 after 30 s whatever the function does.
        for (String function : MODULE_OF_FUNCTION.keySet()) {
            Duration timeout = Duration.ofSeconds(((Number) template.functionProperty(function, "Timeout")).longValue());
            Duration budget = duration(String.valueOf(template.environment(function).get("SUMMARIZER_MODEL_TOTAL_BUDGET")));
            assertThat(budget).as(function).isPositive().isLessThan(timeout);
        }
        long httpTimeoutMillis = ((Number) template.functionProperty("HttpFunction", "Timeout")).longValue() * 1000;
        long integrationMillis = ((Number) template.properties("HttpApiIntegration").get("TimeoutInMillis")).longValue();
        assertThat(integrationMillis).isLessThanOrEqualTo(30_000).isGreaterThanOrEqualTo(httpTimeoutMillis);
    }

    @Test
    void should_log_into_its_own_retained_log_group_when_a_function_writes() {
        // Without it: Lambda creates /aws/lambda/<name> with infinite retention, and the role's scoped
        // logs grant no longer matches the group the function writes to.
        for (String function : MODULE_OF_FUNCTION.keySet()) {
            Object logGroup = map(template.functionProperty(function, "LoggingConfig")).get("LogGroup");
            String logGroupId = (String) map(logGroup).get("Ref");
            assertThat(template.resource(logGroupId).get("Type")).isEqualTo("AWS::Logs::LogGroup");
            assertThat(template.properties(logGroupId).get("RetentionInDays")).isEqualTo(ref("LogRetentionDays"));
            String role = template.role(function);
            assertThat(template.grants(role))
                    .filteredOn(g -> g.actions().contains("logs:PutLogEvents"))
                    .singleElement()
                    .satisfies(g -> assertThat(g.resources()).containsExactly(getAtt(logGroupId, "Arn")));
        }
    }

    private static List<String> rootModules() throws Exception {
        return texts(xml(Template.REPOSITORY_ROOT.resolve("pom.xml")), "module");
    }

    private static Document xml(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> ((Element) nodes.item(i)).getTextContent().trim())
                .toList();
    }

    /** Quarkus-style durations as used in the template: 25s, 240s, 4m, 500ms. */
    private static Duration duration(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        long amount = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> throw new AssertionError("not a duration: " + value);
        };
    }
}
