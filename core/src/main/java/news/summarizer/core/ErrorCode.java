package news.summarizer.core;

/**
 * Stable, documented failure codes. The {@link #code()} strings are public API (problem {@code code} field,
 * S3 error records); {@link #transientFailure()} tells adapters whether retrying the same input can succeed
 * (for rejected credentials: once an operator has fixed them, so such records go to the dead-letter queue).
 */
public enum ErrorCode {
    EMPTY_ARTICLE("empty_article", "The article is empty", false),
    INVALID_ENCODING("invalid_encoding", "The article is not valid UTF-8 text", false),
    BINARY_CONTENT("binary_content", "The article is binary data, not text", false),
    INVALID_REQUEST("invalid_request", "The request body is malformed", false),
    STORY_ARTICLE_COUNT("story_article_count", "The story has too few or too many distinct articles", false),
    ARTICLE_TOO_LARGE("article_too_large", "The article is larger than the configured limit", false),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", "The content type is not supported", false),
    SOURCE_NOT_FOUND("source_not_found", "The article's source object does not exist", false),
    MODEL_OUTPUT_INVALID("model_output_invalid", "The model's answer did not meet the summary contract", false),
    MODEL_OUTPUT_NOT_GERMAN("model_output_not_german", "The model did not answer in German", false),
    MODEL_OUTPUT_TRUNCATED("model_output_truncated", "The model's answer was cut off", false),
    MODEL_REQUEST_REJECTED("model_request_rejected", "The model provider rejected the request", false),
    MODEL_AUTHENTICATION_FAILED("model_authentication_failed", "The model provider rejected our credentials", true),
    MODEL_UNAVAILABLE("model_unavailable", "The model provider is unavailable", true),
    MODEL_RATE_LIMITED("model_rate_limited", "The model provider is rate-limiting us", true),
    MODEL_TIMEOUT("model_timeout", "The model did not answer in time", true),
    STORAGE_UNAVAILABLE("storage_unavailable", "The object store is unavailable", true);

    private final String code;
    private final String title;
    private final boolean transientFailure;

    ErrorCode(String code, String title, boolean transientFailure) {
        this.code = code;
        this.title = title;
        this.transientFailure = transientFailure;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public boolean transientFailure() {
        return transientFailure;
    }
}
