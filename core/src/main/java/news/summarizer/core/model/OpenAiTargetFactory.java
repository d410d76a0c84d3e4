package news.summarizer.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.http.client.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine.Readiness;

/** Any OpenAI-compatible endpoint: OpenAI, Ollama or vLLM ({@code /v1}), LM Studio, LiteLLM. */
@ApplicationScoped
@Named("openai")
public class OpenAiTargetFactory implements ModelTargetFactory {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    /** At most this long for the preload's handshake: init waits for the preload (bounded too). */
    static final Duration PRECONNECT_TIMEOUT = Duration.ofSeconds(2);

    /** Also makes the summary schema's JSON tree, which every request sends, first (no network). */
    @Override
    public void preconnect(SummarizerConfig config) {
        ChatCompletionsJson.prefetch(SummarySchema.SCHEMA, config.openai().jsonSchema());
        Duration timeout = config.openai().timeout().compareTo(PRECONNECT_TIMEOUT) < 0 ? config.openai().timeout()
                : PRECONNECT_TIMEOUT;
        try {
            ModelHttpClient.handshake(java.net.URI.create(config.openai().baseUrl()), timeout);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("No TLS connection to " + config.openai().baseUrl(), e);
        }
    }

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

    /**
     * The real client stack (OpenAI request and response JSON, our HTTP client, the JDK client) with the
     * configured model and base URL, but no key: its one exchange answers in memory with a chat completion whose
     * message is {@code answer}.
     */
    @Override
    public ModelTarget warmUpTarget(SummarizerConfig config, String answer) {
        return openAi(config.openai(), Optional.empty(),
                new ModelHttpClient.Builder(ModelHttpClient.answeringInMemory(chatCompletion(config.openai().model(), answer))));
    }

    /** An OpenAI chat completion response carrying {@code content}, as the API sends it. */
    private static String chatCompletion(String model, String content) {
        ObjectNode completion = JSON.createObjectNode()
                .put("id", "chatcmpl-warm-up")
                .put("object", "chat.completion")
                .put("created", 0)
                .put("model", model);
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        completion.putObject("usage").put("prompt_tokens", 0).put("completion_tokens", 0).put("total_tokens", 0);
        return completion.toString();
    }

    static ModelTarget openAi(SummarizerConfig.OpenAi openai, Optional<String> apiKey) {
        return openAi(openai, apiKey, new ModelHttpClient.Builder());
    }

    private static ModelTarget openAi(SummarizerConfig.OpenAi openai, Optional<String> apiKey, ModelHttpClient.Builder http) {
        // Retries are ours (ArticleChatModel): bounded, with backoff, Retry-After and a total budget.
        HttpClient client = http.connectTimeout(openai.timeout()).readTimeout(openai.timeout()).build();
        boolean reasoning = openai.reasoningModel().orElseGet(() -> OpenAiCompatibleChatModel.isReasoningModel(openai.model()));
        Double temperature = openai.temperature().isPresent() ? openai.temperature().getAsDouble() : null;
        // A reasoning model's hidden reasoning counts against the same budget as its answer.
        int outputBudget = openai.maxOutputTokens() + (reasoning ? openai.reasoningTokens() : 0);
        return new ModelTarget("openai", openai.model(),
                // Local servers (Ollama, vLLM, LM Studio) accept any key; "none" as LangChain4j's client sent it.
                new OpenAiCompatibleChatModel(client, openai.baseUrl(), apiKey.orElse("none"), openai.jsonSchema(),
                        openai.model(), reasoning, temperature, openai.reasoningEffort()),
                outputBudget, openai.jsonSchema());
    }
}
