package news.summarizer.core.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The chat model the assistant talks to for one article: the provider's model behind our transport policy. It adds
 * the JSON schema (native where the provider enforces it) and the output budget, and hands every call to the
 * {@link ModelGateway} (retries, deadline, truncation) with the article's usage meter.
 */
final class GuardedChatModel implements ChatModel {

    private final ModelGateway gateway;
    private final ModelTarget target;
    private final UsageMeter meter;
    private final Deadline deadline;

    GuardedChatModel(ModelGateway gateway, ModelTarget target, UsageMeter meter, Deadline deadline) {
        this.gateway = gateway;
        this.target = target;
        this.meter = meter;
        this.deadline = deadline;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        ChatRequest sent = ChatRequest.builder()
                .messages(request.messages())
                .responseFormat(target.nativeJsonSchema() ? SummarySchema.NATIVE : SummarySchema.JSON_ONLY)
                .maxOutputTokens(target.maxOutputTokens())
                .build();
        return gateway.complete(target, sent, meter, deadline);
    }
}
