package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our chat completions JSON, which replaced LangChain4j's OpenAI client: the cases the model path's HTTP tests do not
 * reach (a correction's assistant turn, JSON mode, refusals, reasoning tokens, a cut-off answer, no choice).
 */
class ChatCompletionsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_send_every_turn_in_order_with_the_json_schema_in_strict_mode() throws Exception {
        // Without the assistant turn a correction would not show the model its own answer; without strict the
        // server would not hold the answer to the schema.
        List<ChatMessage> turns = List.of(SystemMessage.from("Regeln"), UserMessage.from("Artikel"),
                AiMessage.from("{\"headline\": \"x\"}"), UserMessage.from("Korrektur"));
        JsonNode body = JSON.readTree(ChatCompletionsJson.request("gpt-4o-mini", turns, SummarySchema.NATIVE, true,
                new ChatCompletionsJson.Parameters(0.2, 2048, null, null)));

        assertThat(body.path("messages").findValuesAsText("role")).containsExactly("system", "user", "assistant", "user");
        assertThat(body.path("messages").get(2).path("content").asText()).isEqualTo("{\"headline\": \"x\"}");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(2048);
        assertThat(body.has("max_completion_tokens")).isFalse();
        assertThat(body.has("reasoning_effort")).isFalse();
        JsonNode format = body.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo("ArticleSummary");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(format.path("json_schema").path("schema").path("required").toString())
                .isEqualTo("[\"headline\",\"summary\",\"keyPoints\",\"actors\",\"statements\"]");
    }

    @Test
    void should_send_the_schema_converted_for_its_mode_when_its_tree_is_made_once_ahead() throws Exception {
        // Without the mode in what is kept, a non-strict request would carry the strict schema (or the reverse) once
        // either had been made; without sharing, every request would convert the schema again.
        ChatCompletionsJson.prefetch(SummarySchema.SCHEMA, true);
        JsonNode strict = JSON.valueToTree(JsonSchemaElementUtils.toMap(SummarySchema.SCHEMA.rootElement(), true));
        JsonNode lenient = JSON.valueToTree(JsonSchemaElementUtils.toMap(SummarySchema.SCHEMA.rootElement(), false));
        assertThat(strict).isNotEqualTo(lenient);

        for (boolean mode : new boolean[] {true, false, true, false}) {
            JsonNode body = JSON.readTree(ChatCompletionsJson.request("gpt-4o-mini", List.of(UserMessage.from("Artikel")),
                    SummarySchema.NATIVE, mode, new ChatCompletionsJson.Parameters(null, 2048, null, null)));
            assertThat(body.path("response_format").path("json_schema").path("schema")).isEqualTo(mode ? strict : lenient);
        }
    }

    @Test
    void should_ask_for_json_mode_and_the_reasoning_parameters_when_told() throws Exception {
        // A server without JSON-schema support gets json_object; a reasoning model its own budget name and effort.
        JsonNode body = JSON.readTree(ChatCompletionsJson.request("o3", List.of(UserMessage.from("Artikel")),
                SummarySchema.JSON_ONLY, false, new ChatCompletionsJson.Parameters(null, null, 6144, "low")));

        assertThat(body.path("response_format").toString()).isEqualTo("{\"type\":\"json_object\"}");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(6144);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.path("reasoning_effort").asText()).isEqualTo("low");
    }

    @Test
    void should_read_the_text_the_finish_reason_and_the_reasoning_tokens() {
        // Without the reasoning tokens the cost report would miss them; without LENGTH a cut-off answer would be parsed.
        ChatResponse response = ChatCompletionsJson.response("""
                {"id": "c1", "model": "gpt-5-mini", "choices": [{"index": 0, "finish_reason": "length",
                  "message": {"role": "assistant", "content": "{\\"headline\\""}}],
                 "usage": {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140,
                  "completion_tokens_details": {"reasoning_tokens": 30}, "unknown": 1}}""");

        assertThat(response.aiMessage().text()).isEqualTo("{\"headline\"");
        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(100);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(40);
        assertThat(((OpenAiTokenUsage) response.tokenUsage()).outputTokensDetails().reasoningTokens()).isEqualTo(30);
        assertThat(response.metadata().modelName()).isEqualTo("gpt-5-mini");
    }

    @Test
    void should_treat_an_empty_text_as_none_and_a_refusal_or_no_choice_as_an_error() {
        // As LangChain4j's client did: an empty answer is a hard violation downstream, a refusal is not an answer.
        assertThat(ChatCompletionsJson.response("""
                {"choices": [{"finish_reason": "stop", "message": {"content": ""}}]}""").aiMessage().text()).isNull();
        assertThatThrownBy(() -> ChatCompletionsJson.response("""
                {"choices": [{"message": {"content": null, "refusal": "Dabei kann ich nicht helfen."}}]}"""))
                .isInstanceOf(ContentFilteredException.class).hasMessageContaining("Dabei kann ich nicht helfen.");
        assertThatThrownBy(() -> ChatCompletionsJson.response("{\"choices\": []}"))
                .isInstanceOf(InternalServerException.class);
    }
}
