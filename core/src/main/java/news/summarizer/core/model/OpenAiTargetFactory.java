package news.summarizer.core.model;

import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import news.summarizer.core.config.SummarizerConfig;

/** Any OpenAI-compatible endpoint: OpenAI, Ollama or vLLM ({@code /v1}), LM Studio, LiteLLM. */
@ApplicationScoped
@Named("openai")
public class OpenAiTargetFactory implements ModelTargetFactory {

    @Override
    public ModelTarget create(SummarizerConfig config) {
        return openAi(config.openai());
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
