package news.summarizer.infra;

import static news.summarizer.infra.Template.list;
import static news.summarizer.infra.Template.map;
import static news.summarizer.infra.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsTemplateTest {

    private final Template template = Template.load();

    @Test
    void should_require_sigv4_when_the_api_is_deployed_with_defaults() {
        // Without it: POST /summaries is open to the internet and anyone spends our model budget.
        assertThat(template.parameterDefault("HttpAuthType")).isEqualTo("AWS_IAM");
        for (String route : template.ofType("AWS::ApiGatewayV2::Route")) {
            Object authorization = template.properties(route).get("AuthorizationType");
            assertThat(authorization).as(route).isEqualTo(Map.of("Fn::If", List.of("UseJwt", "JWT", "AWS_IAM")));
        }
        assertThat(template.ofType("AWS::Lambda::Url")).isEmpty();
        assertThat(Template.subTemplate(template.properties("HttpApiInvokePermission").get("SourceArn")))
                .endsWith(":${HttpApi}/*/POST/summaries");
    }

    @Test
    void should_route_the_story_job_api_with_the_authorisation_of_summaries() {
        // Without it: a deployed stack answers 404 to POST /stories, or GET /stories/{id} is open while POST is not,
        // or API Gateway may not invoke the function for the new routes (500 from the gateway).
        Map<String, Object> summaries = template.properties("HttpApiSummariesRoute");
        Map<String, String> routes = Map.of("HttpApiStoriesPostRoute", "POST /stories",
                "HttpApiStoriesGetRoute", "GET /stories/{id}");
        routes.forEach((route, key) -> {
            Map<String, Object> properties = template.properties(route);
            assertThat(properties.get("RouteKey")).as(route).isEqualTo(key);
            for (String property : List.of("ApiId", "AuthorizationType", "AuthorizerId", "Target")) {
                assertThat(properties.get(property)).as(route + " " + property).isEqualTo(summaries.get(property));
            }
        });
        assertThat(Template.subTemplate(template.properties("HttpApiStoriesPostInvokePermission").get("SourceArn")))
                .endsWith(":${HttpApi}/*/POST/stories");
        assertThat(Template.subTemplate(template.properties("HttpApiStoriesGetInvokePermission").get("SourceArn")))
                .endsWith(":${HttpApi}/*/GET/stories/*");
        for (String permission : List.of("HttpApiStoriesPostInvokePermission", "HttpApiStoriesGetInvokePermission")) {
            assertThat(template.properties(permission).get("FunctionName")).isEqualTo(ref("HttpFunction.Alias"));
        }
        // The function's timeout is the API's limit, so a story request ends with an answer before the gateway gives up.
        assertThat(template.functionProperty("HttpFunction", "Timeout")).isEqualTo(30);
    }

    @Test
    void should_alarm_when_a_message_reaches_the_dead_letter_queue() {
        // Without it: articles that failed five times wait silently for 14 days and then vanish.
        assertThat(alarms("AWS/SQS", "ApproximateNumberOfMessagesVisible")).singleElement().satisfies(alarm -> {
            assertThat(dimension(alarm)).isEqualTo(Map.of("Fn::GetAtt", List.of("DeadLetterQueue", "QueueName")));
            assertThat(alarm.get("ComparisonOperator")).isEqualTo("GreaterThanThreshold");
            assertThat(((Number) alarm.get("Threshold")).doubleValue()).isZero();
        });
    }

    @Test
    void should_alarm_on_errors_and_throttles_when_either_function_fails() {
        // Without it: crashes, timeouts and throttling (model budget or concurrency too low) go unnoticed.
        for (String metric : List.of("Errors", "Throttles")) {
            assertThat(alarms("AWS/Lambda", metric)).extracting(OperationsTemplateTest::dimension)
                    .as(metric).containsExactlyInAnyOrder(ref("HttpFunction"), ref("S3Function"));
        }
    }

    @Test
    void should_notify_the_alarm_topic_when_an_email_is_configured() {
        // Without it: alarms change state in the console only, and nobody is told.
        for (String alarm : template.ofType("AWS::CloudWatch::Alarm")) {
            assertThat(template.properties(alarm).get("AlarmActions")).as(alarm)
                    .isEqualTo(Map.of("Fn::If", List.of("HasAlarmEmail", List.of(ref("AlarmTopic")), ref("AWS::NoValue"))));
        }
        assertThat(template.resource("AlarmTopic").get("Condition")).isEqualTo("HasAlarmEmail");
    }

    private List<Map<String, Object>> alarms(String namespace, String metric) {
        return template.ofType("AWS::CloudWatch::Alarm").stream()
                .map(template::properties)
                .filter(p -> namespace.equals(p.get("Namespace")) && metric.equals(p.get("MetricName")))
                .toList();
    }

    private static Object dimension(Map<String, Object> alarm) {
        return map(list(alarm.get("Dimensions")).get(0)).get("Value");
    }
}
