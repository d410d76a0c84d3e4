package news.summarizer.core.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import news.summarizer.core.config.SummarizerConfig;

/**
 * Answers every request with the same text, in memory: the chat model of the start-up warm-up for a provider whose
 * own client cannot answer without the network (see {@link ModelTargetFactory#warmUpTarget}). Never serves a request.
 */
final class InMemoryChatModel implements ChatModel {

    private final String answer;

    private InMemoryChatModel(String answer) {
        this.answer = answer;
    }

    /** A warm-up target of the configured provider that answers {@code answer}. */
    static ModelTarget warmUpTarget(SummarizerConfig config, String answer) {
        return new ModelTarget(config.provider().id(), "warm-up", new InMemoryChatModel(answer), 1024, true);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answer))
                .finishReason(FinishReason.STOP)
                .tokenUsage(new TokenUsage(0, 0))
                .build();
    }
}
