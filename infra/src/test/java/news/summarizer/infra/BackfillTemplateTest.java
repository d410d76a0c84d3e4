package news.summarizer.infra;

import static news.summarizer.infra.Template.map;
import static news.summarizer.infra.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The backfill state machine's definition as Step Functions will read it, and the metric dashboard and alarms. The
 * definition is JSON text in an {@code Fn::Sub}; here every {@code ${Number parameter}} becomes that parameter's default
 * (so a value that arrived quoted, as a string, would show) and every other {@code ${name}} the marker {@code <name>}.
 */
class BackfillTemplateTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final Template template = Template.load();

    @Test
    void should_list_the_given_prefix_of_the_bucket_and_hand_batches_with_the_bucket_to_the_s3_function() {
        // Without it: the map would read another prefix or bucket than the start command names, or the function
        // would get items without the bucket they live in.
        Map<String, Object> map = summariseArticles();
        Map<String, Object> reader = map(map.get("ItemReader"));
        assertThat(reader.get("Resource")).isEqualTo("arn:<AWS::Partition>:states:::s3:listObjectsV2");
        assertThat(map(reader.get("Parameters"))).isEqualTo(Map.of("Bucket", "<Bucket>", "Prefix.$", "$.prefix"));
        Map<String, Object> batcher = map(map.get("ItemBatcher"));
        assertThat(batcher.get("MaxItemsPerBatch")).isEqualTo(numberDefault("BackfillBatchSize"));
        assertThat(map(batcher.get("BatchInput"))).isEqualTo(Map.of("Bucket", "<Bucket>"));
        assertThat(variables().get("Bucket")).isEqualTo(template.environment("S3Function").get("SUMMARIZER_S3_OUTPUT_BUCKET"));

        Map<String, Object> processor = map(map.get("ItemProcessor"));
        assertThat(map(processor.get("ProcessorConfig")).get("Mode")).isEqualTo("DISTRIBUTED");
        Map<String, Object> task = map(map(processor.get("States")).get("SummariseBatch"));
        assertThat(task.get("Resource")).isEqualTo("arn:<AWS::Partition>:states:::lambda:invoke");
        assertThat(map(task.get("Parameters"))).isEqualTo(Map.of("FunctionName", "<Function>", "Payload.$", "$"));
        assertThat(task.get("OutputPath")).isEqualTo("$.Payload");
        assertThat(variables().get("Function")).isEqualTo(ref("S3Function.Alias"));
    }

    @Test
    void should_take_concurrency_and_tolerated_failures_from_template_parameters_as_numbers() {
        // Without it: the pace (the provider's rate limit is the real bound) and the failure budget could not be
        // set per deployment, or would reach Step Functions as strings, which it refuses.
        Map<String, Object> map = summariseArticles();
        assertThat(map.get("MaxConcurrency")).isEqualTo(numberDefault("BackfillMaxConcurrency"));
        assertThat(map.get("ToleratedFailurePercentage")).isEqualTo(numberDefault("BackfillToleratedFailurePercentage"));
        Map<String, Object> task = map(map(map(map.get("ItemProcessor")).get("States")).get("SummariseBatch"));
        Map<String, Object> retry = map(((List<?>) task.get("Retry")).get(0));
        assertThat(retry.get("ErrorEquals")).isEqualTo(List.of("States.ALL"));
        assertThat((Integer) retry.get("MaxAttempts")).isPositive();
    }

    @Test
    void should_write_the_run_report_under_the_report_prefix() {
        // Without it: a run would end without the batches' figures (summarised, skipped, failed by code, tokens, cost).
        Map<String, Object> writer = map(summariseArticles().get("ResultWriter"));
        assertThat(writer.get("Resource")).isEqualTo("arn:<AWS::Partition>:states:::s3:putObject");
        assertThat(map(writer.get("Parameters"))).isEqualTo(Map.of("Bucket", "<Bucket>", "Prefix", "<BackfillReportPrefix>"));
        List<String> reportGrants = template.grants("BackfillStateMachineRole").stream()
                .filter(grant -> grant.actions().contains("s3:PutObject"))
                .map(grant -> Template.subTemplate(grant.resources().get(0)))
                .toList();
        assertThat(reportGrants).containsExactly("arn:${AWS::Partition}:s3:::${Bucket}/${BackfillReportPrefix}*");
    }

    @Test
    void should_end_with_the_report_step_that_adds_up_the_result_writers_files() {
        // Without it: the run would end with the result writer's manifest only, and nobody would see the totals.
        Map<String, Object> map = summariseArticles();
        assertThat(map.get("Next")).isEqualTo("WriteReport");
        Map<String, Object> report = map(map(definition().get("States")).get("WriteReport"));
        assertThat(report.get("Resource")).isEqualTo("arn:<AWS::Partition>:states:::lambda:invoke");
        assertThat(map(report.get("Parameters"))).isEqualTo(Map.of("FunctionName", "<Function>",
                "Payload", Map.of("BackfillReport.$", "$.ResultWriterDetails")));
        assertThat(report.get("End")).isEqualTo(true);
        Map<String, Object> policy = template.properties("S3FunctionBackfillReportPolicy");
        assertThat(policy.get("Roles")).isEqualTo(List.of(ref("S3FunctionRole")));
        Template.Grant grant = Template.statements("S3FunctionBackfillReportPolicy",
                map(policy.get("PolicyDocument")).get("Statement")).get(0);
        assertThat(grant.actions()).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject");
        assertThat(Template.subTemplate(grant.resources().get(0)))
                .isEqualTo("arn:${AWS::Partition}:s3:::${Bucket}/${BackfillReportPrefix}*");
    }

    @Test
    void should_let_the_state_machine_only_list_the_input_prefix_and_invoke_the_s3_function() {
        // Without it: the role would need (or silently get) more than listing articles and invoking one function.
        Map<String, Template.Grant> byAction = new java.util.LinkedHashMap<>();
        template.grants("BackfillStateMachineRole").forEach(grant -> grant.actions().forEach(a -> byAction.put(a, grant)));
        assertThat(byAction.get("lambda:InvokeFunction").resources()).containsExactly(ref("S3Function.Alias"));
        assertThat(map(map(byAction.get("s3:ListBucket").statement().get("Condition")).get("StringLike")).get("s3:prefix"))
                .isEqualTo(Map.of("Fn::Sub", "${InputPrefix}*"));
        assertThat(byAction).doesNotContainKeys("s3:*", "lambda:*", "states:*");
    }

    @Test
    void should_alarm_on_error_rate_and_cost_per_hour_with_thresholds_from_parameters() {
        // Without it: a failing or runaway backfill would burn through the model budget unnoticed. The metric names are
        // the ones EmbeddedMetricFormat writes (core, news.summarizer.core.metrics).
        Map<String, Object> errorRate = template.properties("ErrorRateAlarm");
        assertThat(errorRate.get("Threshold")).isEqualTo(ref("ErrorRateAlarmPercent"));
        List<Object> queries = Template.list(errorRate.get("Metrics"));
        assertThat(queries).extracting(query -> map(map(map(query).get("MetricStat")).get("Metric")).get("MetricName"))
                .containsExactly("Failed", "Articles", null);
        assertThat(map(queries.get(2)).get("Expression")).isEqualTo("IF(articles > 0, 100 * failed / articles, 0)");

        Map<String, Object> cost = template.properties("CostPerHourAlarm");
        assertThat(cost.get("Namespace")).isEqualTo("NewsSummarizer");
        assertThat(cost.get("MetricName")).isEqualTo("EstimatedCostUsd");
        assertThat(cost.get("Period")).isEqualTo(3600);
        assertThat(cost.get("Statistic")).isEqualTo("Sum");
        assertThat(cost.get("Threshold")).isEqualTo(ref("CostPerHourAlarmUsd"));

        String dashboard = Template.subTemplate(template.properties("MetricsDashboard").get("DashboardBody"));
        for (String metric : List.of("Summarized", "Skipped", "Failed", "InputTokens", "OutputTokens", "ReasoningTokens",
                "ModelCalls", "EstimatedCostUsd", "Latency")) {
            assertThat(dashboard).as(metric).contains("\"" + metric + "\"");
        }
        assertThat(dashboard).contains("SEARCH('{NewsSummarizer,Provider,Model} Failed.', 'Sum', 300)");
        assertThat(new Yaml().<Map<String, Object>>load(substituted(dashboard))).containsKey("widgets");
    }

    private Map<String, Object> definition() {
        String definition = Template.subTemplate(template.properties("BackfillStateMachine").get("DefinitionString"));
        return new Yaml().load(substituted(definition));
    }

    private Map<String, Object> summariseArticles() {
        Map<String, Object> parsed = definition();
        assertThat(parsed.get("StartAt")).isEqualTo("SummariseArticles");
        Map<String, Object> state = map(map(parsed.get("States")).get("SummariseArticles"));
        assertThat(state.get("Type")).isEqualTo("Map");
        return state;
    }

    private Map<String, Object> variables() {
        return Template.subVariables(template.properties("BackfillStateMachine").get("DefinitionString"));
    }

    /** Number parameters by their default, anything else by a marker. */
    private String substituted(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            Map<String, Object> parameter = map(template.section("Parameters").get(name));
            String value = "Number".equals(parameter.get("Type")) ? template.parameterDefault(name) : "<" + name + ">";
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private Integer numberDefault(String parameter) {
        assertThat(map(template.section("Parameters").get(parameter)).get("Type")).isEqualTo("Number");
        return Integer.valueOf(template.parameterDefault(parameter));
    }
}
