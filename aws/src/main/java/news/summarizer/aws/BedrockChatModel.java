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
import news.summarizer.core.model.SummaryPrompts;
import org.jboss.logging.Logger;
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
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/**
 * A LangChain4j chat model over Bedrock's Converse API, so every Converse text model works through one request
 * shape. Structured output is a forced tool call whose input schema is our JSON schema, where the model takes one
 * (Anthropic Claude 3+, Amazon Nova); the tool's input comes back as the answer text, so the rest of the pipeline
 * sees JSON exactly as from OpenAI. Models that refuse the forced tool (Llama, Mistral, DeepSeek, Qwen, ...) get no
 * tool: the system prompt already describes the fields, and their text answer is parsed and checked like any other.
 * What a model refuses is learned from Bedrock's ValidationException once and remembered ({@link ConverseFeatures}).
 */
final class BedrockChatModel implements ChatModel {

    static final String TOOL_NAME = "submit_summary";
    private static final Logger LOG = Logger.getLogger(BedrockChatModel.class);

    private final BedrockRuntimeClient client;
    private final String modelId;
    private final String region;
    private final int defaultMaxTokens;
    /** Null: the model's own default. */
    private final Float temperature;
    private final ConverseFeatures features = new ConverseFeatures();

    BedrockChatModel(BedrockRuntimeClient client, String modelId, int defaultMaxTokens, Double temperature) {
        this.client = client;
        this.modelId = modelId;
        this.region = String.valueOf(client.serviceClientConfiguration().region());
        this.defaultMaxTokens = defaultMaxTokens;
        this.temperature = temperature == null ? null : temperature.floatValue();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        JsonSchema schema = request.responseFormat() == null ? null : request.responseFormat().jsonSchema();
        // Each refusal turns one feature off for good, so this sends at most three requests, and only once per model.
        while (true) {
            boolean forcedTool = schema != null && features.takesForcedTool(modelId);
            boolean withTemperature = features.takesTemperature(modelId);
            try {
                return answer(client.converse(converse(request, schema, forcedTool, withTemperature)));
            } catch (ValidationException e) {
                String message = BedrockCallException.message(e);
                if (forcedTool && ConverseFeatures.isForcedToolRefusal(message)) {
                    LOG.infof("Bedrock model %s refuses a forced tool (%s); the prompt carries the schema from now on",
                            modelId, message);
                    features.refusesForcedTool(modelId);
                } else if (withTemperature && ConverseFeatures.isTemperatureRefusal(message)) {
                    LOG.infof("Bedrock model %s refuses the temperature (%s); sending none from now on", modelId, message);
                    features.refusesTemperature(modelId);
                } else {
                    throw BedrockCallException.from(e, modelId, region);
                }
            } catch (SdkException e) {
                throw BedrockCallException.from(e, modelId, region);
            }
        }
    }

    private ConverseRequest converse(ChatRequest request, JsonSchema schema, boolean forcedTool, boolean withTemperature) {
        InferenceConfiguration.Builder inference = InferenceConfiguration.builder()
                .maxTokens(request.maxOutputTokens() == null ? defaultMaxTokens : request.maxOutputTokens());
        if (withTemperature && temperature != null) {
            inference.temperature(temperature);
        }
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
        if (schema != null && !forcedTool) {
            // Without the tool nothing else tells the model the field names and types of the answer.
            system.add(SystemContentBlock.fromText(SummaryPrompts.schemaInstruction(schema)));
        }
        ConverseRequest.Builder converse = ConverseRequest.builder()
                .modelId(modelId)
                .inferenceConfig(inference.build())
                .system(system)
                .messages(messages);
        if (schema != null && forcedTool) {
            converse.toolConfig(forcedTool(schema));
        }
        return converse.build();
    }

    private ChatResponse answer(ConverseResponse response) {
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
