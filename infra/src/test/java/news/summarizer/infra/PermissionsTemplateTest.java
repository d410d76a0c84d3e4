package news.summarizer.infra;

import static news.summarizer.infra.Template.getAtt;
import static news.summarizer.infra.Template.map;
import static news.summarizer.infra.Template.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.summarizer.infra.Template.Grant;
import org.junit.jupiter.api.Test;

class PermissionsTemplateTest {

    private static final List<String> FUNCTIONS = List.of("HttpFunction", "S3Function");
    private static final String BUCKET_OBJECTS = "arn:${AWS::Partition}:s3:::${Bucket}/";
    private static final String KEY_PARAMETER_ARN =
            "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${OpenAiApiKeyParameterName}";

    /** The only resources with a "*" in them, each one documented in the template and docs/deployment.md. */
    private static final List<Pattern> DOCUMENTED_WILDCARDS = List.of(
            // objects under one prefix: S3 object ARNs name keys, a prefix needs the trailing *
            Pattern.compile(Pattern.quote(BUCKET_OBJECTS) + "\\$\\{(InputPrefix|OutputPrefix|ErrorPrefix|BackfillReportPrefix)}\\*"),
            // the objects of story jobs
            Pattern.compile(Pattern.quote(BUCKET_OBJECTS + "stories/*")),
            // the backfill's Distributed Map runs each batch as a child execution of its own state machine
            Pattern.compile(Pattern.quote("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${AWS::StackName}-backfill/*")),
            // a cross-Region inference profile routes to the model in any Region of its geography
            Pattern.compile(Pattern.quote("arn:${AWS::Partition}:bedrock:*::foundation-model/${BedrockFoundationModelId}")));

    private final Template template = Template.load();

    @Test
    void should_use_the_templates_own_roles_when_functions_get_permissions() {
        // Without it: SAM-generated roles carry AWSLambdaBasicExecutionRole and, for SQS events,
        // AWSLambdaSQSQueueExecutionRole: managed policies on Resource "*" (every queue, every log group).
        for (String function : FUNCTIONS) {
            assertThat(template.role(function)).as(function).isNotNull();
            assertThat(template.functionProperty(function, "Policies")).as(function).isNull();
        }
        for (String role : template.ofType("AWS::IAM::Role")) {
            assertThat(template.properties(role)).as(role).doesNotContainKeys("ManagedPolicyArns", "PermissionsBoundary");
        }
    }

    @Test
    void should_grant_no_wildcard_action_or_resource_when_any_role_statement_is_read() {
        // Without it: one "s3:*" or Resource "*" silently widens a function to the whole account.
        for (Grant grant : allGrants()) {
            assertThat(grant.statement().get("Effect")).isEqualTo("Allow");
            assertThat(grant.statement()).doesNotContainKeys("NotAction", "NotResource");
            assertThat(grant.actions()).as(grant.role()).allMatch(a -> !a.contains("*"));
            for (Object resource : grant.resources()) {
                String text = Template.subTemplate(resource);
                if (text != null && text.contains("*")) {
                    assertThat(DOCUMENTED_WILDCARDS).as(grant.role() + " " + text).anyMatch(p -> p.matcher(text).matches());
                }
            }
        }
    }

    @Test
    void should_touch_only_its_prefixes_when_the_s3_function_uses_the_bucket() {
        // Without it: the function could read or overwrite any object, or delete articles.
        assertThat(s3Actions("S3FunctionRole")).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject", "s3:DeleteObject");
        // GetObject on the output and error prefixes authorises the HEADs that skip articles already handled.
        assertThat(prefixesFor("S3FunctionRole", "s3:GetObject"))
                .containsExactlyInAnyOrder("${InputPrefix}*", "${OutputPrefix}*", "${ErrorPrefix}*", "stories/*",
                        "${BackfillReportPrefix}*");
        // The backfill's report step reads the result writer's files and writes report.json under the report prefix.
        assertThat(prefixesFor("S3FunctionRole", "s3:PutObject"))
                .containsExactlyInAnyOrder("${OutputPrefix}*", "${ErrorPrefix}*", "stories/*", "${BackfillReportPrefix}*");
        // Only stale error reports may be deleted: never an article, a summary or a story job.
        assertThat(prefixesFor("S3FunctionRole", "s3:DeleteObject")).containsExactly("${ErrorPrefix}*");
    }

    @Test
    void should_read_and_write_only_story_jobs_when_the_http_function_uses_the_bucket() {
        // Without it: the HTTP function could not store a job it hands off (a 500 instead of a 202), or could read
        // articles and summaries of the S3 pipeline it has no business with, or list and delete them.
        assertThat(s3Actions("HttpFunctionRole")).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject");
        assertThat(prefixesFor("HttpFunctionRole", "s3:GetObject")).containsExactly("stories/*");
        assertThat(prefixesFor("HttpFunctionRole", "s3:PutObject")).containsExactly("stories/*");
        // Both functions find the jobs in the stack's bucket, under the prefix the app uses by default.
        for (String function : FUNCTIONS) {
            assertThat(String.valueOf(template.environment(function).get("SUMMARIZER_STORY_BUCKET"))).as(function)
                    .contains("${AWS::StackName}-${AWS::AccountId}-${AWS::Region}", "ExistingBucketName");
            assertThat(template.environment(function)).as(function).doesNotContainKey("SUMMARIZER_STORY_PREFIX");
        }
    }

    @Test
    void should_read_exactly_the_key_parameter_when_openai_is_the_provider() {
        // Without it: the key ends up in plain text in the function configuration, or the role reads every parameter.
        for (String function : FUNCTIONS) {
            Map<String, Object> environment = template.environment(function);
            assertThat(environment).as(function).doesNotContainKey("SUMMARIZER_OPENAI_API_KEY")
                    .containsEntry("SUMMARIZER_OPENAI_API_KEY_PARAMETER", ref("OpenAiApiKeyParameterName"));
            List<Grant> ssm = grantsWithPrefix(template.role(function), "ssm:");
            assertThat(ssm).singleElement().satisfies(g -> {
                assertThat(g.condition()).isEqualTo("UseOpenAi");
                assertThat(g.actions()).containsExactly("ssm:GetParameter");
                assertThat(g.resources()).extracting(Template::subTemplate).containsExactly(KEY_PARAMETER_ARN);
            });
            assertThat(grantsWithPrefix(template.role(function), "kms:")).allSatisfy(g -> {
                assertThat(g.actions()).containsExactly("kms:Decrypt");
                assertThat(g.resources()).containsExactly(ref("OpenAiApiKeyKmsKeyArn"));
                assertThat(map(map(g.statement().get("Condition")).get("StringEquals"))).containsKey("kms:ViaService");
            });
        }
        assertThat(template.parameterDefault("OpenAiApiKeyParameterName")).startsWith("/");
    }

    @Test
    void should_invoke_only_the_configured_bedrock_model_when_bedrock_is_the_provider() {
        // Without it: the role could call any (more expensive) model, or any model in any Region.
        for (String function : FUNCTIONS) {
            List<Grant> bedrock = grantsWithPrefix(template.role(function), "bedrock:");
            assertThat(bedrock).as(function).isNotEmpty().allSatisfy(g -> {
                assertThat(g.condition()).startsWith("UseBedrock");
                assertThat(g.actions()).containsExactly("bedrock:InvokeModel");
                assertThat(g.resources()).extracting(Template::subTemplate).allMatch(arn ->
                        arn.endsWith("foundation-model/${BedrockModelId}") || arn.endsWith("inference-profile/${BedrockModelId}")
                                || arn.endsWith("foundation-model/${BedrockFoundationModelId}"));
                if (String.valueOf(g.resources()).contains("bedrock:*::")) {
                    assertThat(map(map(g.statement().get("Condition")).get("StringEquals"))).containsKey("bedrock:InferenceProfileArn");
                }
            });
        }
    }

    @Test
    void should_consume_only_the_ingest_queue_when_the_event_source_polls() {
        // Without it: the poller could read or purge other queues; without ReceiveMessage/DeleteMessage the
        // event source mapping cannot start and articles pile up.
        assertThat(grantsWithPrefix("HttpFunctionRole", "sqs:")).isEmpty();
        assertThat(grantsWithPrefix("S3FunctionRole", "sqs:")).singleElement().satisfies(g -> {
            assertThat(g.actions()).containsExactlyInAnyOrder("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes");
            assertThat(g.resources()).containsExactly(getAtt("IngestQueue", "Arn"));
        });
    }

    private List<Grant> allGrants() {
        return template.ofType("AWS::IAM::Role").stream().flatMap(role -> template.grants(role).stream()).toList();
    }

    private List<Grant> grantsWithPrefix(String role, String actionPrefix) {
        return template.grants(role).stream().filter(g -> g.actions().stream().anyMatch(a -> a.startsWith(actionPrefix))).toList();
    }

    private Set<String> s3Actions(String role) {
        return grantsWithPrefix(role, "s3:").stream().flatMap(g -> g.actions().stream()).collect(Collectors.toSet());
    }

    /** Key patterns (after the bucket) that an S3 action is granted on; the bucket is always the stack's bucket. */
    private List<String> prefixesFor(String role, String action) {
        return grantsWithPrefix(role, "s3:").stream()
                .filter(g -> g.actions().contains(action))
                .flatMap(g -> g.resources().stream())
                .map(resource -> {
                    String arn = Template.subTemplate(resource);
                    assertThat(arn).startsWith(BUCKET_OBJECTS);
                    assertThat(String.valueOf(Template.subVariables(resource).get("Bucket")))
                            .contains("${AWS::StackName}-${AWS::AccountId}-${AWS::Region}", "ExistingBucketName");
                    return arn.substring(BUCKET_OBJECTS.length());
                })
                .toList();
    }
}
