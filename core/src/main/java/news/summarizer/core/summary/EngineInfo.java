package news.summarizer.core.summary;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Which engine produced a summary and what it cost. {@code costUsd} is present only when prices are configured. */
public record EngineInfo(
        String provider,
        String model,
        String promptVersion,
        long inputTokens,
        long outputTokens,
        int modelCalls,
        long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd) {
}
