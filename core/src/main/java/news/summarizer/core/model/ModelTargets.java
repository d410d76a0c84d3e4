package news.summarizer.core.model;

import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.summarizer.core.config.SummarizerConfig;

/**
 * Chooses the chat model at run time from {@code summarizer.provider}, so one build serves every provider.
 * Only consulted when a model provider is configured: the offline engine never asks for it.
 */
@ApplicationScoped
public class ModelTargets {

    @Produces
    @Singleton
    ModelTarget modelTarget(SummarizerConfig config) {
        return switch (config.provider()) {
            case OPENAI -> openAi(config.openai());
            case BEDROCK -> throw new IllegalStateException("Bedrock is not available yet");
            case OFFLINE -> throw new IllegalStateException("The offline provider uses no chat model");
        };
    }

    static ModelTarget openAi(SummarizerConfig.OpenAi openai) {
        OpenAiChatModel chatModel = OpenAiChatModel.builder()
                .httpClientBuilder(new ModelHttpClient.Builder())
                .baseUrl(openai.baseUrl())
                // Local servers (Ollama, vLLM, LM Studio) accept any key; the client insists on one.
                .apiKey(openai.apiKey().filter(key -> !key.isBlank()).orElse("none"))
                .modelName(openai.model())
                .timeout(openai.timeout())
                .temperature(openai.temperature())
                .strictJsonSchema(openai.jsonSchema())
                .maxRetries(0) // retries are ours: bounded, with backoff, Retry-After and a total budget
                .build();
        return new ModelTarget("openai", openai.model(), chatModel, openai.maxOutputTokens(), openai.jsonSchema());
    }
}
