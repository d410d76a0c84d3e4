package news.summarizer.core.model;

import news.summarizer.core.config.SummarizerConfig;

/**
 * Builds the chat model of one provider. Beans are {@code @Named} by provider id ("openai", "bedrock"), so a
 * provider lives in its own module (Bedrock keeps the AWS SDK out of the core) and is found at run time.
 */
public interface ModelTargetFactory {

    ModelTarget create(SummarizerConfig config);
}
