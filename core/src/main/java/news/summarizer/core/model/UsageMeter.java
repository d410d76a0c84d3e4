package news.summarizer.core.model;

import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import news.summarizer.core.engine.Usage;

/** Sums tokens and calls over every model call for one article, parts of long articles included (thread-safe). */
final class UsageMeter {

    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicLong reasoningTokens = new AtomicLong();
    private final AtomicInteger calls = new AtomicInteger();

    void countCall() {
        calls.incrementAndGet();
    }

    /**
     * Adds a call's usage. A reasoning model's completion tokens already include its reasoning (OpenAI counts them
     * there and bills them as output), so they are output tokens; the reasoning share is kept to be reported.
     */
    void add(TokenUsage usage) {
        if (usage == null) {
            return;
        }
        inputTokens.addAndGet(usage.inputTokenCount() == null ? 0 : usage.inputTokenCount());
        outputTokens.addAndGet(usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
        if (usage instanceof OpenAiTokenUsage openAi && openAi.outputTokensDetails() != null
                && openAi.outputTokensDetails().reasoningTokens() != null) {
            reasoningTokens.addAndGet(openAi.outputTokensDetails().reasoningTokens());
        }
    }

    Usage usage() {
        return new Usage(inputTokens.get(), outputTokens.get(), reasoningTokens.get(), calls.get());
    }
}
