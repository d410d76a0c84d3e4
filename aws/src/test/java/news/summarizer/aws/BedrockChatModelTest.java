package news.summarizer.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.Map;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.model.ModelTarget;
import news.summarizer.core.model.SummarySchema;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestConfigs;
import news.summarizer.testing.FakeAwsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bedrock provider through the real AWS SDK against a local Converse stub (SigV4 with dummy credentials). */
class BedrockChatModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL_ID = "eu.anthropic.claude-3-7-sonnet-20250219-v1:0";
    private static FakeAwsServer bedrock;
    private static ModelTarget target;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("aws.accessKeyId", "AKIDTESTONLY");
        System.setProperty("aws.secretAccessKey", "test-secret");
        bedrock = new FakeAwsServer();
        SummarizerConfig config = TestConfigs.mapping(SummarizerConfig.class,
                "summarizer.provider", "bedrock",
                "summarizer.bedrock.region", "eu-central-1",
                "summarizer.bedrock.endpoint", bedrock.endpoint(),
                "summarizer.bedrock.timeout", "5s");
        target = new BedrockTargetFactory().create(config);
    }

    @AfterAll
    static void stop() {
        bedrock.close();
    }

    private static ChatRequest request() {
        return ChatRequest.builder()
                .messages(SystemMessage.from("Du bist Redakteurin."), UserMessage.from("<artikel-x>Text</artikel-x>"))
                .responseFormat(SummarySchema.NATIVE)
                .maxOutputTokens(1000)
                .build();
    }

    private static String converseAnswer(String stopReason) {
        return """
                {"output":{"message":{"role":"assistant","content":[{"toolUse":{"toolUseId":"t1","name":"submit_summary","input":%s}}]}},
                 "stopReason":"%s","usage":{"inputTokens":900,"outputTokens":250,"totalTokens":1150},"metrics":{"latencyMs":1200}}
                """.formatted(ModelAnswers.oderBridge().toString(), stopReason);
    }

    @Test
    void should_send_signed_converse_request_with_forced_schema_tool_and_map_tool_input_when_summarising() throws Exception {
        // Without it Bedrock users would get free text instead of schema-shaped JSON, or unsigned requests.
        bedrock.enqueue(new FakeAwsServer.Response(200, converseAnswer("tool_use"), Map.of()));

        ChatResponse response = target.chatModel().chat(request());

        FakeAwsServer.Recorded sent = bedrock.requests().get(bedrock.requests().size() - 1);
        assertThat(sent.path()).isEqualTo("/model/" + MODEL_ID.replace(":", "%3A") + "/converse");
        assertThat(sent.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTESTONLY/")
                .contains("/eu-central-1/bedrock/aws4_request");
        JsonNode body = sent.body();
        assertThat(body.path("system").get(0).path("text").asText()).isEqualTo("Du bist Redakteurin.");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("inferenceConfig").path("maxTokens").asInt()).isEqualTo(1000);
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
        bedrock.enqueue(new FakeAwsServer.Response(200, converseAnswer("max_tokens"), Map.of()));

        assertThat(target.chatModel().chat(request()).finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void should_surface_throttling_as_rate_limit_with_retry_after_when_bedrock_answers_429() {
        // Without the status the core could not tell throttling (retry later) from a bad request (give up).
        bedrock.enqueue(new FakeAwsServer.Response(429, "{\"message\":\"Too many requests\"}",
                Map.of("x-amzn-ErrorType", "ThrottlingException", "Retry-After", "7")));

        assertThatThrownBy(() -> target.chatModel().chat(request()))
                .satisfies(e -> {
                    SummarizerException mapped = news.summarizer.core.model.ModelFailures.classify(e);
                    assertThat(mapped.code()).isEqualTo(ErrorCode.MODEL_RATE_LIMITED);
                    assertThat(mapped.retryAfter()).hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isEqualTo(7));
                });
    }

    @Test
    void should_surface_access_denied_as_authentication_failure_when_role_lacks_permission() {
        // Without it a missing bedrock:InvokeModel permission would be retried as if transient.
        bedrock.enqueue(new FakeAwsServer.Response(403, "{\"message\":\"not authorized\"}",
                Map.of("x-amzn-ErrorType", "AccessDeniedException")));

        assertThatThrownBy(() -> target.chatModel().chat(request()))
                .satisfies(e -> assertThat(news.summarizer.core.model.ModelFailures.classify(e).code())
                        .isEqualTo(ErrorCode.MODEL_AUTHENTICATION_FAILED));
    }
}
