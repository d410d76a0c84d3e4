package news.summarizer.core.model;

import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.function.Supplier;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine.Readiness;

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

    /**
     * OpenAI itself needs a key; local servers (Ollama, vLLM) do not. The key is not read here: a health probe must
     * not fetch secrets, the first call does.
     */
    @Override
    public Readiness readiness(SummarizerConfig config, Supplier<ModelTarget> target) {
        SummarizerConfig.OpenAi openai = config.openai();
        boolean officialApi = openai.baseUrl().contains("api.openai.com");
        boolean keyConfigured = openai.apiKey().filter(key -> !key.isBlank()).isPresent() || openai.apiKeyParameter().isPresent();
        if (officialApi && !keyConfigured) {
            return Readiness.down("SUMMARIZER_OPENAI_API_KEY (or _API_KEY_PARAMETER) is not set for api.openai.com");
        }
        return Readiness.up();
    }

    static ModelTarget openAi(SummarizerConfig.OpenAi openai, Optional<String> apiKey) {
        OpenAiChatModel chatModel = OpenAiChatModel.builder()
                .httpClientBuilder(new ModelHttpClient.Builder())
                .baseUrl(openai.baseUrl())
                // Local servers (Ollama, vLLM, LM Studio) accept any key; the client insists on one.
                .apiKey(apiKey.orElse("none"))
                .modelName(openai.model())
                .timeout(openai.timeout())
                .strictJsonSchema(openai.jsonSchema())
                .maxRetries(0) // retries are ours: bounded, with backoff, Retry-After and a total budget
                .build();
        boolean reasoning = openai.reasoningModel().orElseGet(() -> OpenAiCompatibleChatModel.isReasoningModel(openai.model()));
        Double temperature = openai.temperature().isPresent() ? openai.temperature().getAsDouble() : null;
        // A reasoning model's hidden reasoning counts against the same budget as its answer.
        int outputBudget = openai.maxOutputTokens() + (reasoning ? openai.reasoningTokens() : 0);
        return new ModelTarget("openai", openai.model(),
                new OpenAiCompatibleChatModel(chatModel, openai.model(), reasoning, temperature, openai.reasoningEffort()),
                outputBudget, openai.jsonSchema());
    }
}
