package news.summarizer.core.model;

import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.util.Optional;
import news.summarizer.core.config.SummarizerConfig;

/** Any OpenAI-compatible endpoint: OpenAI, Ollama or vLLM ({@code /v1}), LM Studio, LiteLLM. */
@ApplicationScoped
@Named("openai")
public class OpenAiTargetFactory implements ModelTargetFactory {

    private final Instance<SecretStore> secrets;

    public OpenAiTargetFactory(Instance<SecretStore> secrets) {
        this.secrets = secrets;
    }

    @Override
    public ModelTarget create(SummarizerConfig config) {
        SummarizerConfig.OpenAi openai = config.openai();
        Optional<String> key = openai.apiKey().filter(value -> !value.isBlank());
        if (key.isEmpty() && openai.apiKeyParameter().isPresent()) {
            if (!secrets.isResolvable()) {
                throw new IllegalStateException("summarizer.openai.api-key-parameter is set but no secret store is in this build");
            }
            key = Optional.of(secrets.get().read(openai.apiKeyParameter().get()));
        }
        return openAi(openai, key);
    }

    static ModelTarget openAi(SummarizerConfig.OpenAi openai, Optional<String> apiKey) {
        OpenAiChatModel chatModel = OpenAiChatModel.builder()
                .httpClientBuilder(new ModelHttpClient.Builder())
                .baseUrl(openai.baseUrl())
                // Local servers (Ollama, vLLM, LM Studio) accept any key; the client insists on one.
                .apiKey(apiKey.orElse("none"))
                .modelName(openai.model())
                .timeout(openai.timeout())
                .temperature(openai.temperature())
                .strictJsonSchema(openai.jsonSchema())
                .maxRetries(0) // retries are ours: bounded, with backoff, Retry-After and a total budget
                .build();
        return new ModelTarget("openai", openai.model(), chatModel, openai.maxOutputTokens(), openai.jsonSchema());
    }
}
