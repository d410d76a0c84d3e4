package news.summarizer.core.model;

import dev.langchain4j.model.output.TokenUsage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import news.summarizer.core.engine.Usage;

/** Sums tokens and calls over every model call for one article, parts of long articles included (thread-safe). */
public final class UsageMeter {

    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicInteger calls = new AtomicInteger();

    void countCall() {
        calls.incrementAndGet();
    }

    void add(TokenUsage usage) {
        if (usage != null) {
            inputTokens.addAndGet(usage.inputTokenCount() == null ? 0 : usage.inputTokenCount());
            outputTokens.addAndGet(usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
        }
    }

    public Usage usage() {
        return new Usage(inputTokens.get(), outputTokens.get(), calls.get());
    }
}
