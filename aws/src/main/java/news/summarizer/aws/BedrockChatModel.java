package news.summarizer.aws;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SpecificToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * A LangChain4j chat model over Bedrock's Converse API, so every Bedrock model that supports tool use works
 * through one request shape. Structured output is a forced tool call whose input schema is our JSON schema; the
 * tool's input comes back as the answer text, so the rest of the pipeline sees JSON exactly as from OpenAI.
 */
final class BedrockChatModel implements ChatModel {

    static final String TOOL_NAME = "submit_summary";

    private final BedrockRuntimeClient client;
    private final String modelId;
    private final int defaultMaxTokens;
    /** Null: the model's own default. */
    private final Float temperature;

    BedrockChatModel(BedrockRuntimeClient client, String modelId, int defaultMaxTokens, Double temperature) {
        this.client = client;
        this.modelId = modelId;
        this.defaultMaxTokens = defaultMaxTokens;
        this.temperature = temperature == null ? null : temperature.floatValue();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        ConverseRequest.Builder converse = ConverseRequest.builder()
                .modelId(modelId)
                .inferenceConfig(InferenceConfiguration.builder()
                        .maxTokens(request.maxOutputTokens() == null ? defaultMaxTokens : request.maxOutputTokens())
                        .temperature(temperature)
                        .build());
        List<SystemContentBlock> system = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage systemMessage) {
                system.add(SystemContentBlock.fromText(systemMessage.text()));
            } else if (message instanceof UserMessage userMessage) {
                messages.add(text(ConversationRole.USER, userMessage.singleText()));
            } else if (message instanceof AiMessage aiMessage) {
                messages.add(text(ConversationRole.ASSISTANT, aiMessage.text()));
            }
        }
        converse.system(system).messages(messages);
        JsonSchema schema = request.responseFormat() == null ? null : request.responseFormat().jsonSchema();
        if (schema != null) {
            converse.toolConfig(forcedTool(schema));
        }
        ConverseResponse response;
        try {
            response = client.converse(converse.build());
        } catch (SdkException e) {
            throw BedrockCallException.from(e);
        }
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answerText(response)))
                .finishReason(finishReason(response))
                .tokenUsage(response.usage() == null ? null
                        : new TokenUsage(response.usage().inputTokens(), response.usage().outputTokens()))
                .modelName(modelId)
                .build();
    }

    private static Message text(ConversationRole role, String text) {
        return Message.builder().role(role).content(ContentBlock.fromText(text)).build();
    }

    private static ToolConfiguration forcedTool(JsonSchema schema) {
        ToolSpecification spec = ToolSpecification.builder()
                .name(TOOL_NAME)
                .description("Gibt die Zusammenfassung des Artikels im verlangten JSON-Format zurück.")
                .inputSchema(ToolInputSchema.fromJson(Documents.fromObject(JsonSchemaElementUtils.toMap(schema.rootElement(), false))))
                .build();
        return ToolConfiguration.builder()
                .tools(Tool.fromToolSpec(spec))
                .toolChoice(ToolChoice.fromTool(SpecificToolChoice.builder().name(TOOL_NAME).build()))
                .build();
    }

    /** The forced tool's input as JSON; models that answer in text instead get their text checked as usual. */
    private static String answerText(ConverseResponse response) {
        StringBuilder text = new StringBuilder();
        if (response.output() == null || response.output().message() == null) {
            return "";
        }
        for (ContentBlock block : response.output().message().content()) {
            if (block.toolUse() != null && block.toolUse().input() != null) {
                return Documents.toJson(block.toolUse().input());
            }
            if (block.text() != null) {
                text.append(block.text());
            }
        }
        return text.toString();
    }

    private static FinishReason finishReason(ConverseResponse response) {
        if (response.stopReason() == null) {
            return FinishReason.OTHER;
        }
        return switch (response.stopReason()) {
            case END_TURN, TOOL_USE, STOP_SEQUENCE -> FinishReason.STOP;
            case MAX_TOKENS -> FinishReason.LENGTH;
            case CONTENT_FILTERED, GUARDRAIL_INTERVENED -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.OTHER;
        };
    }
}
