package news.summarizer.core.story;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import news.summarizer.core.model.Deadline;
import news.summarizer.core.model.ModelGateway;
import news.summarizer.core.model.ModelTarget;
import news.summarizer.core.model.UsageMeter;

/**
 * The chat model the story assistant talks to: the configured provider behind the same transport policy as every
 * summary call (retries, deadline, truncation, usage), with the fusion schema instead of the summary schema.
 */
final class FusionChatModel implements ChatModel {

    private final ModelGateway gateway;
    private final ModelTarget target;
    private final UsageMeter meter;
    private final Deadline deadline;

    FusionChatModel(ModelGateway gateway, ModelTarget target, UsageMeter meter, Deadline deadline) {
        this.gateway = gateway;
        this.target = target;
        this.meter = meter;
        this.deadline = deadline;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        ChatRequest sent = ChatRequest.builder()
                .messages(request.messages())
                .responseFormat(target.nativeJsonSchema() ? StoryPrompts.NATIVE : ResponseFormat.JSON)
                .maxOutputTokens(target.maxOutputTokens())
                .build();
        return gateway.complete(target, sent, meter, deadline);
    }
}
