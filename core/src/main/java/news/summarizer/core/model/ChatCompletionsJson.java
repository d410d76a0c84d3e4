package news.summarizer.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat completions API's JSON for what we send (system, user and assistant text, the output budget, temperature,
 * reasoning effort, the response format) and read (the one choice's text, finish reason, token usage), written and
 * read as a Jackson tree. It replaces LangChain4j's {@code OpenAiChatModel}, whose request and response classes
 * Jackson had to introspect on the first call of every cold start (about 150 classes and a fifth of the first
 * request's CPU, JFR: docs/performance.md); the body is the same, field for field and in the same order, and the
 * answer is read with LangChain4j's rules (an empty text is none, a refusal is a {@link ContentFilteredException}).
 */
final class ChatCompletionsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The request's optional parameters; null leaves one out. */
    record Parameters(Double temperature, Integer maxTokens, Integer maxCompletionTokens, String reasoningEffort) {
    }

    private ChatCompletionsJson() {
    }

    /** The request body, indented as LangChain4j wrote it. */
    static String request(String model, Iterable<ChatMessage> messages, ResponseFormat format, boolean strictSchema,
                          Parameters parameters) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        ArrayNode list = body.putArray("messages");
        for (ChatMessage message : messages) {
            list.add(message(message));
        }
        putIfSet(body, "temperature", parameters.temperature());
        body.put("stream", false);
        putIfSet(body, "max_tokens", parameters.maxTokens());
        putIfSet(body, "max_completion_tokens", parameters.maxCompletionTokens());
        if (format != null && format.type() == ResponseFormatType.JSON) {
            body.set("response_format", responseFormat(format.jsonSchema(), strictSchema));
        }
        if (parameters.reasoningEffort() != null) {
            body.put("reasoning_effort", parameters.reasoningEffort());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }

    /** The one choice of a completion as LangChain4j's response (text, finish reason, usage with reasoning tokens). */
    static ChatResponse response(String body) {
        JsonNode completion;
        try {
            completion = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("The model server's answer is not JSON", e);
        }
        JsonNode choices = completion.path("choices");
        if (choices.size() != 1) {
            throw new InternalServerException(choices.isEmpty()
                    ? "Chat completion failed: no choices returned in response"
                    : "Chat completion failed: expected exactly one choice, but got " + choices.size() + " choices");
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        String refusal = text(message, "refusal");
        if (refusal != null && !refusal.isBlank()) {
            throw new ContentFilteredException(refusal);
        }
        String content = text(message, "content");
        AiMessage answer = AiMessage.builder().text(content == null || content.isEmpty() ? null : content).build();
        return ChatResponse.builder()
                .aiMessage(answer)
                .metadata(ChatResponseMetadata.builder()
                        .id(text(completion, "id"))
                        .modelName(text(completion, "model"))
                        .tokenUsage(usage(completion.path("usage")))
                        .finishReason(finishReason(text(choice, "finish_reason")))
                        .build())
                .build();
    }

    private static ObjectNode message(ChatMessage message) {
        ObjectNode node = JSON.createObjectNode();
        if (message instanceof SystemMessage system) {
            return node.put("role", "system").put("content", system.text());
        }
        if (message instanceof UserMessage user && user.hasSingleText()) {
            node.put("role", "user").put("content", user.singleText());
            return user.name() == null ? node : node.put("name", user.name());
        }
        if (message instanceof AiMessage ai && !ai.hasToolExecutionRequests()) {
            node.put("role", "assistant");
            return ai.text() == null ? node : node.put("content", ai.text());
        }
        throw new IllegalArgumentException("Only text messages are sent to the model, not " + message.type());
    }

    private static ObjectNode responseFormat(JsonSchema schema, boolean strict) {
        ObjectNode format = JSON.createObjectNode();
        if (schema == null) {
            return format.put("type", "json_object");
        }
        format.put("type", "json_schema").putObject("json_schema")
                .put("name", schema.name())
                .put("strict", strict)
                .set("schema", schemaTree(schema, strict));
        return format;
    }

    /**
     * The schema's JSON tree made ahead of the first call (the cold start's preload): converting the schema, the
     * largest part of every request, costs a cold start's first request a few per cent of its CPU, and every later
     * request its share of a millisecond.
     */
    static void prefetch(JsonSchema schema, boolean strict) {
        schemaTree(schema, strict);
    }

    /**
     * The same few schemas (constants) go out with every request: each one's tree is made once, and shared by the
     * requests' bodies, which only write it. Kept by identity (a schema's own equality walks its whole tree), and at
     * most {@link #SCHEMA_TREES_KEPT} of them, should a caller ever build schemas per call.
     */
    private static JsonNode schemaTree(JsonSchema schema, boolean strict) {
        SchemaKey key = new SchemaKey(schema, strict);
        JsonNode tree = SCHEMA_TREES.get(key);
        if (tree == null) {
            tree = JSON.valueToTree(JsonSchemaElementUtils.toMap(schema.rootElement(), strict));
            if (SCHEMA_TREES.size() < SCHEMA_TREES_KEPT) {
                SCHEMA_TREES.putIfAbsent(key, tree);
            }
        }
        return tree;
    }

    private static final int SCHEMA_TREES_KEPT = 8;
    private static final Map<SchemaKey, JsonNode> SCHEMA_TREES = new ConcurrentHashMap<>();

    private record SchemaKey(JsonSchema schema, boolean strict) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaKey key && key.schema == schema && key.strict == strict;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(schema) + Boolean.hashCode(strict);
        }
    }

    private static OpenAiTokenUsage usage(JsonNode usage) {
        if (usage.isMissingNode() || usage.isNull()) {
            return null;
        }
        OpenAiTokenUsage.Builder builder = OpenAiTokenUsage.builder()
                .inputTokenCount(integer(usage, "prompt_tokens"))
                .outputTokenCount(integer(usage, "completion_tokens"))
                .totalTokenCount(integer(usage, "total_tokens"));
        JsonNode prompt = usage.path("prompt_tokens_details");
        if (prompt.isObject()) {
            builder.inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder()
                    .cachedTokens(integer(prompt, "cached_tokens")).build());
        }
        JsonNode completion = usage.path("completion_tokens_details");
        if (completion.isObject()) {
            builder.outputTokensDetails(OpenAiTokenUsage.OutputTokensDetails.builder()
                    .reasoningTokens(integer(completion, "reasoning_tokens")).build());
        }
        return builder.build();
    }

    private static FinishReason finishReason(String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "stop" -> FinishReason.STOP;
            case "length" -> FinishReason.LENGTH;
            case "tool_calls", "function_call" -> FinishReason.TOOL_EXECUTION;
            case "content_filter" -> FinishReason.CONTENT_FILTER;
            default -> null;
        };
    }

    private static void putIfSet(ObjectNode node, String field, Number value) {
        if (value instanceof Double number) {
            node.put(field, number);
        } else if (value instanceof Integer number) {
            node.put(field, number);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asInt() : null;
    }
}
