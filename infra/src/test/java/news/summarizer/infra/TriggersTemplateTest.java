package news.summarizer.infra;

import static news.summarizer.infra.Template.getAtt;
import static news.summarizer.infra.Template.list;
import static news.summarizer.infra.Template.map;
import static news.summarizer.infra.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TriggersTemplateTest {

    private static final Set<String> SUFFIXES = Set.of(".txt", ".md", ".html", ".htm", ".json");
    /** The one notification outside the input prefix: a story job's hand-off object. */
    private static final Map<Object, Object> STORY_JOBS = Map.of("prefix", "stories/", "suffix", "/job.json");

    private final Template template = Template.load();

    @Test
    void should_filter_every_bucket_notification_on_the_input_prefix_when_an_object_is_created() {
        // Without it: a notification without the input prefix fires for summaries/ and failed/ objects,
        // the function summarises its own output and loops forever (and bills every round).
        Map<String, Object> notifications = map(template.properties("InputBucket").get("NotificationConfiguration"));
        assertThat(notifications.keySet()).containsExactly("QueueConfigurations");
        List<Object> configurations = list(notifications.get("QueueConfigurations")).stream()
                .filter(c -> !STORY_JOBS.equals(rulesOf(c))).toList();
        Set<Object> suffixes = configurations.stream().map(c -> {
            Map<String, Object> configuration = map(c);
            assertThat(configuration.get("Queue")).isEqualTo(getAtt("IngestQueue", "Arn"));
            Map<Object, Object> rules = list(map(map(configuration.get("Filter")).get("S3Key")).get("Rules")).stream()
                    .map(Template::map)
                    .collect(Collectors.toMap(r -> r.get("Name"), r -> r.get("Value")));
            assertThat(rules).containsEntry("prefix", ref("InputPrefix")).containsOnlyKeys("prefix", "suffix");
            return rules.get("suffix");
        }).collect(Collectors.toSet());
        assertThat(suffixes).isEqualTo(SUFFIXES);
        assertThat(configurations).hasSameSizeAs(SUFFIXES);
    }

    @Test
    void should_start_the_s3_function_only_for_a_story_jobs_hand_off_object_under_stories() {
        // Without it: a job the HTTP function hands off would never be finished (GET answers 202 forever); with a
        // wider filter every summary the job stores (stories/<id>/summaries/...) would start the function again.
        Map<String, Object> notifications = map(template.properties("InputBucket").get("NotificationConfiguration"));
        assertThat(list(notifications.get("QueueConfigurations")).stream().map(TriggersTemplateTest::rulesOf))
                .containsOnlyOnce(STORY_JOBS);
        Map<String, Object> detail = map(map(template.properties("ExistingBucketObjectCreatedRule").get("EventPattern")).get("detail"));
        assertThat(list(map(detail.get("object")).get("key"))).containsOnlyOnce(Map.of("wildcard", "stories/*/job.json"));
        List<Object> assertions = list(map(template.section("Rules").get("PrefixesCannotTriggerEachOther")).get("Assertions"));
        assertThat(assertions).extracting(a -> String.valueOf(map(a).get("Assert"))).anyMatch(a -> a.contains("stories/"));
    }

    /** The filter rules of one queue configuration, by name. */
    private static Map<Object, Object> rulesOf(Object configuration) {
        return list(map(map(map(configuration).get("Filter")).get("S3Key")).get("Rules")).stream()
                .map(Template::map)
                .collect(Collectors.toMap(r -> r.get("Name"), r -> r.get("Value")));
    }

    @Test
    void should_match_only_input_prefix_keys_when_an_existing_bucket_feeds_eventbridge() {
        // Without it: the rule for an existing bucket would forward every Object Created, output included.
        Map<String, Object> rule = template.properties("ExistingBucketObjectCreatedRule");
        Map<String, Object> detail = map(map(rule.get("EventPattern")).get("detail"));
        assertThat(map(detail.get("bucket")).get("name")).isEqualTo(List.of(ref("ExistingBucketName")));
        Set<String> suffixes = list(map(detail.get("object")).get("key")).stream()
                .filter(matcher -> !Map.of("wildcard", "stories/*/job.json").equals(matcher)).map(matcher -> {
            String wildcard = Template.subTemplate(map(matcher).get("wildcard"));
            assertThat(wildcard).startsWith("${InputPrefix}*");
            return wildcard.substring("${InputPrefix}*".length());
        }).collect(Collectors.toSet());
        assertThat(suffixes).isEqualTo(SUFFIXES);
        assertThat(list(rule.get("Targets"))).extracting(t -> map(t).get("Arn")).containsExactly(getAtt("IngestQueue", "Arn"));
    }

    @Test
    void should_never_match_summaries_or_error_reports_when_prefixes_are_chosen() {
        // Without it: OutputPrefix "incoming/" (or "incoming/out/") puts every summary back under the trigger.
        String input = template.parameterDefault("InputPrefix");
        for (String parameter : List.of("OutputPrefix", "ErrorPrefix")) {
            String other = template.parameterDefault(parameter);
            assertThat(other).as(parameter).isNotEqualTo(input);
            assertThat(other.startsWith(input) || input.startsWith(other)).as(parameter + " nests with InputPrefix").isFalse();
        }
        // Deploy-time values: one path segment ending in "/" ...
        for (String parameter : List.of("InputPrefix", "OutputPrefix", "ErrorPrefix")) {
            String pattern = (String) map(template.section("Parameters").get(parameter)).get("AllowedPattern");
            assertThat(template.parameterDefault(parameter)).matches(pattern);
            assertThat("incoming/summaries/").as(parameter).doesNotMatch(pattern);
            assertThat("incoming").as(parameter).doesNotMatch(pattern);
        }
        // ... so the Rules' "not equal" means "not a prefix of each other".
        List<Object> assertions = list(map(template.section("Rules").get("PrefixesCannotTriggerEachOther")).get("Assertions"));
        assertThat(assertions).extracting(a -> map(a).get("Assert")).contains(
                notEquals("InputPrefix", "OutputPrefix"), notEquals("InputPrefix", "ErrorPrefix"));
    }

    @Test
    void should_invoke_the_s3_function_only_from_the_ingest_queue_when_events_are_wired() {
        // Without it: a direct S3 or EventBridge trigger would bypass the queue's retries, DLQ and concurrency cap.
        Map<String, Object> events = map(template.properties("S3Function").get("Events"));
        assertThat(events).hasSize(1);
        Map<String, Object> event = map(events.values().iterator().next());
        assertThat(event.get("Type")).isEqualTo("SQS");
        assertThat(map(event.get("Properties")).get("Queue")).isEqualTo(getAtt("IngestQueue", "Arn"));
        assertThat(template.properties("HttpFunction")).doesNotContainKey("Events");
        assertThat(template.ofType("AWS::Lambda::Permission")).containsExactly("HttpApiInvokePermission",
                "HttpApiStoriesPostInvokePermission", "HttpApiStoriesGetInvokePermission");
    }

    @Test
    void should_report_batch_item_failures_and_cap_concurrency_when_sqs_invokes_the_function() {
        // Without it: one failed article makes the whole batch return and succeeded articles run again (model
        // cost twice), and unbounded pollers exceed the model's rate limit.
        Map<String, Object> queueEvent = map(map(map(template.properties("S3Function").get("Events")).get("IngestQueue")).get("Properties"));
        assertThat(queueEvent.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
        assertThat(map(queueEvent.get("ScalingConfig")).get("MaximumConcurrency")).isEqualTo(ref("MaximumConcurrency"));
        assertThat(queueEvent.get("BatchSize")).isEqualTo(ref("QueueBatchSize"));
        // One article may use the whole model budget: a larger default batch would outlive the timeout.
        assertThat(template.parameterDefault("QueueBatchSize")).isEqualTo("1");
    }

    @Test
    void should_hide_a_message_for_six_function_timeouts_when_the_s3_function_runs() {
        // Without it: a message reappears while its first run is still working and is summarised twice.
        long timeout = ((Number) template.functionProperty("S3Function", "Timeout")).longValue();
        long visibility = ((Number) template.properties("IngestQueue").get("VisibilityTimeout")).longValue();
        assertThat(visibility).isGreaterThanOrEqualTo(6 * timeout);
    }

    @Test
    void should_park_poison_messages_in_the_dead_letter_queue_when_delivery_keeps_failing() {
        // Without it: a message that always crashes the function circulates until retention ends and is lost.
        Map<String, Object> redrive = map(template.properties("IngestQueue").get("RedrivePolicy"));
        assertThat(redrive.get("deadLetterTargetArn")).isEqualTo(getAtt("DeadLetterQueue", "Arn"));
        assertThat(((Number) redrive.get("maxReceiveCount")).intValue()).isBetween(3, 5);
        long dlqRetention = ((Number) template.properties("DeadLetterQueue").get("MessageRetentionPeriod")).longValue();
        long sourceRetention = ((Number) template.properties("IngestQueue").get("MessageRetentionPeriod")).longValue();
        assertThat(dlqRetention).isEqualTo(14 * 24 * 3600L).isGreaterThan(sourceRetention);
    }

    @Test
    void should_accept_notifications_only_from_our_bucket_when_the_queue_policy_is_evaluated() {
        // Without it: any bucket in any account could inject keys; a !Ref/!GetAtt of the bucket here would
        // also make the bucket -> queue policy -> bucket dependency circular.
        Template.Grant s3Grant = Template.statements("IngestQueuePolicy",
                        map(template.properties("IngestQueuePolicy").get("PolicyDocument")).get("Statement")).stream()
                .filter(g -> "s3.amazonaws.com".equals(map(g.statement().get("Principal")).get("Service")))
                .collect(onlyOne());
        assertThat(s3Grant.condition()).isEqualTo("CreateBucket");
        assertThat(s3Grant.actions()).containsExactly("sqs:SendMessage");
        Map<String, Object> s3Statement = s3Grant.statement();
        assertThat(map(s3Statement.get("Principal")).get("Service")).isEqualTo("s3.amazonaws.com");
        Map<String, Object> condition = map(s3Statement.get("Condition"));
        Object sourceArn = map(condition.get("ArnEquals")).get("aws:SourceArn");
        String bucketName = Template.subTemplate(template.properties("InputBucket").get("BucketName"));
        assertThat(Template.subTemplate(sourceArn)).isEqualTo("arn:${AWS::Partition}:s3:::" + bucketName);
        assertThat(map(condition.get("StringEquals")).get("aws:SourceAccount")).isEqualTo(ref("AWS::AccountId"));
        assertThat(template.resource("InputBucket").get("DependsOn")).isEqualTo("IngestQueuePolicy");
        assertThat(String.valueOf(template.properties("IngestQueuePolicy")))
                .doesNotContain("Ref=InputBucket", "GetAtt=[InputBucket", "${InputBucket");
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), l -> {
            assertThat(l).hasSize(1);
            return l.get(0);
        });
    }

    private static Map<String, Object> notEquals(String left, String right) {
        return Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(ref(left), ref(right)))));
    }
}
