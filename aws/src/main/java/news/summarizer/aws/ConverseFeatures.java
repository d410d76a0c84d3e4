package news.summarizer.aws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a Converse model accepts beyond messages and an output budget: a forced tool choice (our structured output)
 * and a temperature. Bedrock documents {@code toolChoice.tool} for Anthropic Claude 3+ and Amazon Nova only; other
 * families answer 400 ValidationException. Known families start with the right guess; any other model is sent the
 * full request once, and what Bedrock refuses is remembered per model id for the life of this instance, so only the
 * first article pays the extra call.
 */
final class ConverseFeatures {

    /** Families that take a forced tool (Bedrock's documentation); the rest of this list is what we found refusing it. */
    private static final List<String> FORCED_TOOL_FAMILIES = List.of("anthropic.claude-3", "anthropic.claude-opus-4",
            "anthropic.claude-sonnet-4", "anthropic.claude-haiku-4", "amazon.nova");
    private static final List<String> PROMPT_SCHEMA_FAMILIES = List.of("meta.llama", "mistral.", "deepseek.", "qwen.");
    /** Cross-Region inference profile prefixes in front of the provider ({@code eu.meta.llama3-2-3b-instruct-v1:0}). */
    private static final Set<String> PROFILE_PREFIXES = Set.of("us", "eu", "apac", "global", "us-gov", "jp", "au", "ca");

    private final Map<String, Boolean> forcedTool = new ConcurrentHashMap<>();
    private final Set<String> noTemperature = ConcurrentHashMap.newKeySet();

    /** Whether to send the schema as a forced tool; otherwise the prompt carries it and the text answer is checked. */
    boolean takesForcedTool(String modelId) {
        return forcedTool.computeIfAbsent(modelId, ConverseFeatures::guessForcedTool);
    }

    void refusesForcedTool(String modelId) {
        forcedTool.put(modelId, false);
    }

    boolean takesTemperature(String modelId) {
        return !noTemperature.contains(modelId);
    }

    void refusesTemperature(String modelId) {
        noTemperature.add(modelId);
    }

    /**
     * Bedrock's answer to a forced tool the model does not take ("This model doesn't support the
     * toolConfig.toolChoice.tool field. ...") or to tools at all ("This model doesn't support tool use.").
     */
    static boolean isForcedToolRefusal(String validationMessage) {
        String message = validationMessage == null ? "" : validationMessage;
        return message.contains("toolChoice") || message.contains("toolConfig") || message.contains("tool use");
    }

    /** A ValidationException that names the temperature: the model wants it left out (or at its own default). */
    static boolean isTemperatureRefusal(String validationMessage) {
        return validationMessage != null && validationMessage.toLowerCase(Locale.ROOT).contains("temperature");
    }

    /** Unknown families are tried with the forced tool: the better contract, and Bedrock tells us if it is refused. */
    private static boolean guessForcedTool(String modelId) {
        String family = family(modelId);
        if (FORCED_TOOL_FAMILIES.stream().anyMatch(family::startsWith)) {
            return true;
        }
        return PROMPT_SCHEMA_FAMILIES.stream().noneMatch(family::startsWith);
    }

    /**
     * The provider-qualified model name without ARN and inference profile prefix:
     * {@code arn:aws:bedrock:eu-central-1:1:inference-profile/eu.mistral.pixtral-large-2502-v1:0} becomes
     * {@code mistral.pixtral-large-2502-v1:0}.
     */
    static String family(String modelId) {
        String id = modelId.substring(modelId.lastIndexOf('/') + 1);
        int dot = id.indexOf('.');
        if (dot > 0 && PROFILE_PREFIXES.contains(id.substring(0, dot))) {
            return id.substring(dot + 1);
        }
        return id;
    }
}
