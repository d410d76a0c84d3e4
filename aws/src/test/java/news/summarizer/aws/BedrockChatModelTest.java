package news.summarizer.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.model.ModelFailures;
import news.summarizer.core.model.ModelTarget;
import news.summarizer.core.model.SummarySchema;
import news.summarizer.testing.BedrockAnswers;
import news.summarizer.testing.FakeAwsServer;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Bedrock provider through the real AWS SDK (SigV4 with dummy credentials) against the Converse stand-in, which
 * answers as Bedrock does: it refuses {@code toolChoice.tool} for families other than Claude and Nova by itself.
 */
class BedrockChatModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLAUDE = "eu.anthropic.claude-3-7-sonnet-20250219-v1:0";
    private static FakeAwsServer bedrock;

    @BeforeAll
    static void credentials() {
        System.setProperty("aws.accessKeyId", "AKIDTESTONLY");
        System.setProperty("aws.secretAccessKey", "test-secret");
    }

    /** A stand-in per test, so an answer one test left unused can never become another test's answer. */
    @BeforeEach
    void start() throws Exception {
        bedrock = new FakeAwsServer();
    }

    @AfterEach
    void stop() {
        bedrock.close();
    }

    /** A fresh provider instance: what it learned about a model lives as long as the instance. */
    private static ModelTarget target(String modelId) {
        SummarizerConfig config = TestConfigs.mapping(SummarizerConfig.class,
                "summarizer.provider", "bedrock",
                "summarizer.bedrock.model-id", modelId,
                "summarizer.bedrock.region", "eu-central-1",
                "summarizer.bedrock.endpoint", bedrock.endpoint(),
                "summarizer.bedrock.temperature", "0.2",
                "summarizer.bedrock.timeout", "5s");
        return new BedrockTargetFactory().create(config);
    }

    private static ChatRequest request() {
        return ChatRequest.builder()
                .messages(SystemMessage.from("Du bist Redakteurin."), UserMessage.from("<artikel-x>Text</artikel-x>"))
                .responseFormat(SummarySchema.NATIVE)
                .maxOutputTokens(1000)
                .build();
    }

    /** Runs one chat and returns the Converse requests it sent. */
    private static List<FakeAwsServer.Recorded> callsFor(Runnable chat) {
        int before = bedrock.requests().size();
        chat.run();
        List<FakeAwsServer.Recorded> all = bedrock.requests();
        return all.subList(before, all.size());
    }

    private static SummarizerException failureOf(ModelTarget target) {
        Throwable thrown = catchThrowable(() -> target.chatModel().chat(request()));
        assertThat(thrown).isNotNull();
        return ModelFailures.classify(thrown); // what the gateway sees
    }

    private static boolean forcesTool(FakeAwsServer.Recorded call) {
        return call.body().path("toolConfig").path("toolChoice").has("tool");
    }

    @Test
    void should_send_signed_converse_request_with_forced_schema_tool_and_map_tool_input_when_summarising() throws Exception {
        // Without it Bedrock users would get free text instead of schema-shaped JSON, or unsigned requests.
        bedrock.enqueue(BedrockAnswers.toolUse(ModelAnswers.oderBridge(), "tool_use"));

        ChatResponse response = target(CLAUDE).chatModel().chat(request());

        FakeAwsServer.Recorded sent = bedrock.requests().get(bedrock.requests().size() - 1);
        assertThat(sent.path()).isEqualTo("/model/" + CLAUDE.replace(":", "%3A") + "/converse");
        assertThat(sent.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTESTONLY/")
                .contains("/eu-central-1/bedrock/aws4_request");
        JsonNode body = sent.body();
        assertThat(body.path("system").get(0).path("text").asText()).isEqualTo("Du bist Redakteurin.");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("inferenceConfig").path("maxTokens").asInt()).isEqualTo(1000);
        assertThat(body.path("inferenceConfig").has("temperature")).isTrue();
        JsonNode tool = body.path("toolConfig").path("tools").get(0).path("toolSpec");
        assertThat(tool.path("name").asText()).isEqualTo("submit_summary");
        assertThat(tool.path("inputSchema").path("json").path("required").toString()).contains("headline", "actors");
        assertThat(body.path("toolConfig").path("toolChoice").path("tool").path("name").asText()).isEqualTo("submit_summary");
        assertThat(JSON.readTree(response.aiMessage().text())).isEqualTo(ModelAnswers.oderBridge());
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(900);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(250);
    }

    @Test
    void should_report_length_when_bedrock_stops_at_max_tokens() {
        // Without it a cut-off tool input would be parsed as a complete summary.
        bedrock.enqueue(BedrockAnswers.toolUse(ModelAnswers.oderBridge(), "max_tokens"));

        assertThat(target(CLAUDE).chatModel().chat(request()).finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void should_fall_back_to_the_prompt_schema_once_and_remember_it_when_a_model_refuses_the_forced_tool() {
        // Without it every article on such a model (AI21 here: no curated guess) ends in 502 model_request_rejected,
        // or every article pays a refused call.
        ModelTarget jamba = target("ai21.jamba-1-5-mini-v1:0");
        bedrock.enqueue(BedrockAnswers.text("Hier ist die Zusammenfassung: " + ModelAnswers.oderBridge()));
        bedrock.enqueue(BedrockAnswers.text(ModelAnswers.oderBridge().toString()));
        String[] answers = new String[2];

        List<FakeAwsServer.Recorded> first = callsFor(() -> answers[0] = jamba.chatModel().chat(request()).aiMessage().text());
        List<FakeAwsServer.Recorded> second = callsFor(() -> answers[1] = jamba.chatModel().chat(request()).aiMessage().text());

        assertThat(first).hasSize(2);
        assertThat(forcesTool(first.get(0))).isTrue();
        assertThat(first.get(1).body().has("toolConfig")).isFalse();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).body().has("toolConfig")).isFalse();
        assertThat(answers[0]).startsWith("Hier ist die Zusammenfassung: {"); // parsed and checked by the conversation
        assertThat(answers[1]).startsWith("{\"headline\"");
    }

    @ParameterizedTest
    @CsvSource({
            "eu.meta.llama3-2-3b-instruct-v1:0, false",
            "meta.llama3-1-70b-instruct-v1:0, false",
            "mistral.mistral-large-2402-v1:0, false",
            "us.deepseek.r1-v1:0, false",
            "qwen.qwen3-32b-v1:0, false",
            "apac.amazon.nova-lite-v1:0, true",
            "global.anthropic.claude-sonnet-4-5-20250929-v1:0, true",
            "anthropic.claude-3-haiku-20240307-v1:0, true"})
    void should_start_known_families_with_the_right_schema_transport_so_the_first_article_pays_no_refusal(
            String modelId, boolean forcedTool) {
        // Without the curated guess a Llama or Mistral function would pay a refused call on every cold start.
        bedrock.enqueue(forcedTool ? BedrockAnswers.toolUse(ModelAnswers.oderBridge(), "tool_use")
                : BedrockAnswers.text(ModelAnswers.oderBridge().toString()));

        List<FakeAwsServer.Recorded> calls = callsFor(() -> target(modelId).chatModel().chat(request()));

        assertThat(calls).hasSize(1);
        assertThat(forcesTool(calls.get(0))).isEqualTo(forcedTool);
    }

    @Test
    void should_retry_without_temperature_once_and_remember_it_when_the_model_refuses_the_temperature() {
        // Without it a model that takes no temperature would fail every article with model_request_rejected.
        ModelTarget model = target(CLAUDE);
        bedrock.enqueue(BedrockAnswers.error(400, "ValidationException",
                "The model returned the following errors: temperature is not supported for this model"));
        bedrock.enqueue(BedrockAnswers.toolUse(ModelAnswers.oderBridge(), "tool_use"));
        bedrock.enqueue(BedrockAnswers.toolUse(ModelAnswers.oderBridge(), "tool_use"));

        List<FakeAwsServer.Recorded> first = callsFor(() -> model.chatModel().chat(request()));
        List<FakeAwsServer.Recorded> second = callsFor(() -> model.chatModel().chat(request()));

        assertThat(first).hasSize(2);
        assertThat(first.get(0).body().path("inferenceConfig").has("temperature")).isTrue();
        assertThat(first.get(1).body().path("inferenceConfig").has("temperature")).isFalse();
        assertThat(forcesTool(first.get(1))).isTrue(); // only the refused parameter is dropped
        assertThat(second).hasSize(1);
        assertThat(second.get(0).body().path("inferenceConfig").has("temperature")).isFalse();
    }

    @Test
    void should_return_the_text_when_a_model_answers_in_text_instead_of_calling_the_tool() {
        // Without it a model ignoring the tool would come back empty instead of being parsed and checked as usual.
        bedrock.enqueue(BedrockAnswers.text("```json\n" + ModelAnswers.oderBridge() + "\n```"));

        assertThat(target(CLAUDE).chatModel().chat(request()).aiMessage().text())
                .startsWith("```json\n{\"headline\"");
    }

    @Test
    void should_name_model_access_and_the_iam_grant_not_an_api_key_when_bedrock_denies_access() {
        // Without it users hunt for an API key Bedrock does not have, and the call counted as a credentials problem.
        bedrock.enqueue(BedrockAnswers.Error.ACCESS_DENIED.response());

        List<FakeAwsServer.Recorded> calls = callsFor(() -> {
            SummarizerException failure = failureOf(target(CLAUDE));
            assertThat(failure.code()).isEqualTo(ErrorCode.MODEL_ACCESS_DENIED);
            assertThat(failure.detail()).contains(CLAUDE, "eu-central-1", "Model access", "bedrock:InvokeModel",
                    "AccessDeniedException").doesNotContain("check the API key");
        });

        assertThat(calls).hasSize(1);
    }

    @Test
    void should_point_at_the_aws_credentials_not_an_api_key_when_bedrock_does_not_recognise_the_signature() {
        // Without it an expired local session or a wrong role reads like a missing API key.
        bedrock.enqueue(BedrockAnswers.error(403, "UnrecognizedClientException",
                "The security token included in the request is invalid."));

        SummarizerException failure = failureOf(target(CLAUDE));

        assertThat(failure.code()).isEqualTo(ErrorCode.MODEL_AUTHENTICATION_FAILED);
        assertThat(failure.detail()).contains("AWS credentials", "UnrecognizedClientException")
                .doesNotContain("check the API key");
    }

    @ParameterizedTest
    @CsvSource({"INVALID_MODEL_ID", "END_OF_LIFE"})
    void should_name_the_model_id_and_region_when_bedrock_does_not_know_the_model(BedrockAnswers.Error error) {
        // Without it a typo in the model id or a profile of another geography reads like a broken article.
        bedrock.enqueue(error.response());

        SummarizerException failure = failureOf(target("us.anthropic.claude-3-5-haiku-20241022-v1:0"));

        assertThat(failure.code()).isEqualTo(ErrorCode.MODEL_NOT_FOUND);
        assertThat(failure.detail()).contains("us.anthropic.claude-3-5-haiku-20241022-v1:0", "eu-central-1",
                "SUMMARIZER_BEDROCK_MODEL_ID");
    }

    @Test
    void should_ask_for_an_inference_profile_when_the_model_has_no_on_demand_throughput() {
        // Without it the commonest Bedrock set-up mistake (a bare model id of a profile-only model) gives no hint.
        bedrock.enqueue(BedrockAnswers.error(400, "ValidationException", "Invocation of model ID "
                + "anthropic.claude-3-7-sonnet-20250219-v1:0 with on-demand throughput isn\u2019t supported. Retry your "
                + "request with the ID or ARN of an inference profile that contains this model."));

        SummarizerException failure = failureOf(target("anthropic.claude-3-7-sonnet-20250219-v1:0"));

        assertThat(failure.code()).isEqualTo(ErrorCode.MODEL_NOT_FOUND);
        assertThat(failure.detail()).contains("inference profile");
    }

    @ParameterizedTest
    @CsvSource({
            "MODEL_NOT_READY, MODEL_UNAVAILABLE",
            "SERVICE_UNAVAILABLE, MODEL_UNAVAILABLE",
            "MODEL_TIMEOUT, MODEL_TIMEOUT",
            "THROTTLING, MODEL_RATE_LIMITED"})
    void should_report_bedrocks_passing_faults_as_transient_so_the_gateway_retries_them(BedrockAnswers.Error error,
                                                                                          ErrorCode expected) {
        // Without it a model still loading (ModelNotReadyException, also HTTP 429) or a Bedrock outage fails at once.
        bedrock.enqueue(error.response());

        SummarizerException failure = failureOf(target(CLAUDE));

        assertThat(failure.code()).isEqualTo(expected);
        assertThat(failure.code().retry()).isEqualTo(ErrorCode.Retry.RETRY_CALL);
    }

    @Test
    void should_surface_throttling_as_rate_limit_with_retry_after_when_bedrock_answers_429() {
        // Without the Retry-After the core would retry sooner than Bedrock asked.
        FakeAwsServer.Response throttled = BedrockAnswers.Error.THROTTLING.response();
        Map<String, String> headers = new HashMap<>(throttled.headers());
        headers.put("Retry-After", "7");
        bedrock.enqueue(new FakeAwsServer.Response(429, throttled.body(), headers));

        SummarizerException failure = failureOf(target(CLAUDE));

        assertThat(failure.code()).isEqualTo(ErrorCode.MODEL_RATE_LIMITED);
        assertThat(failure.retryAfter()).hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isEqualTo(7));
    }

    @Test
    void should_reject_without_a_second_call_when_the_validation_error_names_neither_tool_nor_temperature() {
        // Without it any ValidationException could send the request again in a loop.
        bedrock.enqueue(BedrockAnswers.error(400, "ValidationException", "Input is too long for requested model."));

        List<FakeAwsServer.Recorded> calls = callsFor(() -> assertThat(failureOf(target(CLAUDE)).code())
                .isEqualTo(ErrorCode.MODEL_REQUEST_REJECTED));

        assertThat(calls).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
            "eu.meta.llama3-2-3b-instruct-v1:0, meta.llama3-2-3b-instruct-v1:0",
            "meta.llama3-2-3b-instruct-v1:0, meta.llama3-2-3b-instruct-v1:0",
            "global.anthropic.claude-sonnet-4-5-20250929-v1:0, anthropic.claude-sonnet-4-5-20250929-v1:0",
            "arn:aws:bedrock:eu-central-1:111122223333:inference-profile/eu.mistral.pixtral-large-2502-v1:0, mistral.pixtral-large-2502-v1:0"})
    void should_read_the_model_family_behind_profile_prefixes_and_arns(String modelId, String family) {
        // Without it eu./us./apac./global. ids and ARNs would miss the curated families.
        assertThat(ConverseFeatures.family(modelId)).isEqualTo(family);
    }
}
