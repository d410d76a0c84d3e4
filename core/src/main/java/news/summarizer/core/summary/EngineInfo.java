package news.summarizer.core.summary;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which engine produced a summary and what it cost. {@code costUsd} is present only when prices are configured,
 * {@code reasoningTokens} (already part of {@code outputTokens}) only for reasoning models, {@code claimsChecked} and
 * {@code claimsDropped} only for engines that check facts against the article (the model engine).
 */
public record EngineInfo(
        String provider,
        String model,
        String promptVersion,
        long inputTokens,
        long outputTokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long reasoningTokens,
        int modelCalls,
        long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer claimsChecked,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer claimsDropped) {
}
