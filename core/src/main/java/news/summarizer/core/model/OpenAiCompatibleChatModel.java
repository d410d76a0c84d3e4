package news.summarizer.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Speaks to one OpenAI-compatible endpoint the way its model wants to be spoken to. Reasoning models (gpt-5 family,
 * o-series) get {@code max_completion_tokens} and {@code reasoning_effort} and no temperature unless one is
 * configured; other models get {@code max_tokens}. A parameter the server still refuses by name (HTTP 400, as OpenAI
 * does for {@code max_tokens} and a non-default temperature on reasoning models, or an older server for
 * {@code reasoning_effort}) is logged once and left out of every later request of this process; the refused call is
 * reported as {@link ParameterDropped} so that the article's chat model sends it again at once. The request and the
 * answer are written and read by {@link ChatCompletionsJson} and sent through our {@link ModelHttpClient}.
 */
final class OpenAiCompatibleChatModel implements ChatModel {

    private static final Logger LOG = Logger.getLogger(OpenAiCompatibleChatModel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Model names of OpenAI's reasoning models, also behind a router prefix such as "openai/". */
    private static final Pattern REASONING_MODEL = Pattern.compile("(?i)^(?:.*/)?(?:gpt-5|o[1-9])(?:[-.:_].*)?$");
    static final String MAX_TOKENS = "max_tokens";
    static final String MAX_COMPLETION_TOKENS = "max_completion_tokens";
    static final String TEMPERATURE = "temperature";
    static final String REASONING_EFFORT = "reasoning_effort";
    /** As LangChain4j's OpenAI client identified itself, so that servers and proxies see the same requests as before. */
    private static final String USER_AGENT = "langchain4j-openai";
    /** What we can leave out (or, for the output budget, send under its other name) and still make a valid request. */
    private static final Set<String> DROPPABLE = Set.of(MAX_TOKENS, MAX_COMPLETION_TOKENS, TEMPERATURE, REASONING_EFFORT);
    private static final Pattern NAMED_IN_MESSAGE = Pattern.compile(
            "(?:Unsupported parameter|Unsupported value|Unrecognized request argument supplied|Unknown parameter)"
                    + ":? *'?([a-z_]+)'?");

    private final HttpClient http;
    private final String url;
    private final String apiKey;
    private final boolean strictJsonSchema;
    private final String modelName;
    private final boolean reasoning;
    private final Double temperature;
    private final String reasoningEffort;
    private final Set<String> dropped = ConcurrentHashMap.newKeySet();

    /**
     * @param baseUrl          the API's base URL, e.g. {@code https://api.openai.com/v1}
     * @param apiKey           sent as a bearer token (local servers accept any)
     * @param strictJsonSchema whether a JSON schema response format asks for OpenAI's strict mode
     */
    OpenAiCompatibleChatModel(HttpClient http, String baseUrl, String apiKey, boolean strictJsonSchema, String modelName,
                              boolean reasoning, Double temperature, String reasoningEffort) {
        this.http = http;
        this.url = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "chat/completions";
        this.apiKey = apiKey;
        this.strictJsonSchema = strictJsonSchema;
        this.modelName = modelName;
        this.reasoning = reasoning;
        this.temperature = temperature;
        this.reasoningEffort = reasoningEffort;
    }

    static boolean isReasoningModel(String modelName) {
        return REASONING_MODEL.matcher(modelName.strip()).matches();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        boolean completionTokens = (reasoning || dropped.contains(MAX_TOKENS)) && !dropped.contains(MAX_COMPLETION_TOKENS);
        Integer budget = request.maxOutputTokens();
        ChatCompletionsJson.Parameters parameters = new ChatCompletionsJson.Parameters(
                temperature != null && !dropped.contains(TEMPERATURE) ? temperature : null,
                completionTokens ? null : budget,
                completionTokens ? budget : null,
                reasoning && !dropped.contains(REASONING_EFFORT) ? reasoningEffort : null);
        String body = ChatCompletionsJson.request(modelName, request.messages(), request.responseFormat(), strictJsonSchema,
                parameters);
        try {
            return ChatCompletionsJson.response(http.execute(HttpRequest.builder()
                    .method(HttpMethod.POST)
                    .url(url)
                    .addHeader("Authorization", "Bearer " + apiKey)
                    .addHeader("Content-Type", "application/json")
                    .addHeader("User-Agent", USER_AGENT)
                    .body(body)
                    .build()).body());
        } catch (RuntimeException e) {
            String parameter = refusedParameter(e);
            if (parameter != null && DROPPABLE.contains(parameter) && dropped.add(parameter)) {
                LOG.warnf("%s refuses the parameter '%s'; sending requests without it from now on", modelName, parameter);
                throw new ParameterDropped(parameter, e);
            }
            throw e;
        }
    }

    /** The one parameter a 400 names as unsupported (OpenAI's {@code error.param}, or its message), or null. */
    static String refusedParameter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.statusCode() == 400 && http.getMessage() != null) {
                return namedIn(http.getMessage());
            }
        }
        return null;
    }

    private static String namedIn(String body) {
        String message = body;
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String code = error.path("code").asText("");
            if ((code.equals("unsupported_parameter") || code.equals("unsupported_value")) && error.hasNonNull("param")) {
                return error.path("param").asText();
            }
            message = error.path("message").asText(body);
        } catch (IOException notJson) {
            // a plain-text error body: read the message as it is
        }
        Matcher named = NAMED_IN_MESSAGE.matcher(message);
        return named.find() ? named.group(1) : null;
    }
}
