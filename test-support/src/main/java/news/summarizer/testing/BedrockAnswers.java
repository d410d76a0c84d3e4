package news.summarizer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What Bedrock Runtime answers to Converse, for {@link FakeAwsServer}: successful answers (tool use or text), the
 * errors as Bedrock sends them (HTTP status, {@code x-amzn-ErrorType}, JSON {@code {"message": ...}}), and the refusal
 * Bedrock itself gives before any model runs: {@code toolChoice.tool} for a model family that does not take a
 * forced tool (documented for Anthropic Claude 3+ and Amazon Nova only).
 */
public final class BedrockAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORCED_TOOL_FAMILIES = List.of("anthropic.claude", "amazon.nova");
    private static final List<String> PROFILE_PREFIXES = List.of("us.", "eu.", "apac.", "global.", "us-gov.", "jp.", "au.", "ca.");

    /** Bedrock Runtime errors with the status and message text the service sends. */
    public enum Error {
        ACCESS_DENIED(403, "AccessDeniedException", "You don't have access to the model with the specified model ID."),
        INVALID_MODEL_ID(400, "ValidationException", "The provided model identifier is invalid."),
        END_OF_LIFE(404, "ResourceNotFoundException",
                "This model version has reached the end of its life. Please refer to the AWS documentation for more details."),
        MODEL_NOT_READY(429, "ModelNotReadyException", "Model is not ready for inference. Wait and try your request again."),
        SERVICE_UNAVAILABLE(503, "ServiceUnavailableException", "Bedrock is unable to process your request."),
        MODEL_TIMEOUT(408, "ModelTimeoutException", "Model has timed out in processing the request. Try your request again."),
        THROTTLING(429, "ThrottlingException", "Too many requests, please wait before trying again."),
        FORCED_TOOL_UNSUPPORTED(400, "ValidationException",
                "This model doesn't support the toolConfig.toolChoice.tool field. Remove toolConfig.toolChoice.tool and try again.");

        private final int status;
        private final String type;
        private final String message;

        Error(int status, String type, String message) {
            this.status = status;
            this.type = type;
            this.message = message;
        }

        public FakeAwsServer.Response response() {
            return error(status, type, message);
        }
    }

    private BedrockAnswers() {
    }

    /** Any Bedrock error; the error type carries the service suffix as Bedrock sends it (the SDK reads the part before ':'). */
    public static FakeAwsServer.Response error(int status, String type, String message) {
        ObjectNode body = JSON.createObjectNode().put("message", message);
        return new FakeAwsServer.Response(status, body.toString(), Map.of(
                "x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/",
                "x-amzn-RequestId", UUID.randomUUID().toString()));
    }

    /** A model that called our forced tool with {@code input}. */
    public static FakeAwsServer.Response toolUse(JsonNode input, String stopReason) {
        return answer(JSON.createObjectNode().set("toolUse", JSON.createObjectNode()
                .put("toolUseId", "tooluse_" + UUID.randomUUID().toString().substring(0, 8))
                .put("name", "submit_summary")
                .set("input", input)), stopReason);
    }

    /** A model that answered in text (no tool, or it ignored the tool). */
    public static FakeAwsServer.Response text(String text) {
        return answer(JSON.createObjectNode().put("text", text), "end_turn");
    }

    private static FakeAwsServer.Response answer(JsonNode block, String stopReason) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("output").putObject("message").put("role", "assistant").putArray("content").add(block);
        body.put("stopReason", stopReason);
        body.putObject("usage").put("inputTokens", 900).put("outputTokens", 250).put("totalTokens", 1150);
        body.putObject("metrics").put("latencyMs", 1200);
        return new FakeAwsServer.Response(200, body.toString(), Map.of("x-amzn-RequestId", UUID.randomUUID().toString()));
    }

    /** The model id of a Converse call ({@code /model/{modelId}/converse}), or empty for other AWS calls. */
    public static Optional<String> modelId(String rawPath) {
        if (!rawPath.startsWith("/model/") || !rawPath.endsWith("/converse")) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(rawPath.substring("/model/".length(), rawPath.length() - "/converse".length()),
                StandardCharsets.UTF_8));
    }

    /** Bedrock's own validation, before any scripted answer: a forced tool for a family that does not take one. */
    static Optional<FakeAwsServer.Response> refusal(String rawPath, JsonNode body) {
        Optional<String> modelId = modelId(rawPath);
        if (modelId.isEmpty() || body == null || !body.path("toolConfig").path("toolChoice").has("tool")) {
            return Optional.empty();
        }
        String family = modelId.get().substring(modelId.get().lastIndexOf('/') + 1);
        for (String prefix : PROFILE_PREFIXES) {
            if (family.startsWith(prefix)) {
                family = family.substring(prefix.length());
                break;
            }
        }
        String provider = family;
        return FORCED_TOOL_FAMILIES.stream().anyMatch(provider::startsWith)
                ? Optional.empty() : Optional.of(Error.FORCED_TOOL_UNSUPPORTED.response());
    }
}
