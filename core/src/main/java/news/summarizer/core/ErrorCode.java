package news.summarizer.core;

/**
 * Stable, documented failure codes. The {@link #code()} strings are public API (problem {@code code} field,
 * S3 error records, both typed by {@link #type()}); {@link #retry()} says what retrying can achieve.
 */
public enum ErrorCode {
    EMPTY_ARTICLE("empty_article", "The article is empty", Retry.NEVER),
    INVALID_ENCODING("invalid_encoding", "The article is not valid UTF-8 text", Retry.NEVER),
    BINARY_CONTENT("binary_content", "The article is binary data, not text", Retry.NEVER),
    INVALID_REQUEST("invalid_request", "The request body is malformed", Retry.NEVER),
    STORY_ARTICLE_COUNT("story_article_count", "The story has too few or too many distinct articles", Retry.NEVER),
    ARTICLE_TOO_LARGE("article_too_large", "The article is larger than the configured limit", Retry.NEVER),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", "The content type is not supported", Retry.NEVER),
    SOURCE_NOT_FOUND("source_not_found", "The article's source object does not exist", Retry.NEVER),
    STORY_JOB_NOT_FOUND("story_job_not_found", "There is no story job with this id", Retry.NEVER),
    MODEL_OUTPUT_INVALID("model_output_invalid", "The model's answer did not meet the summary contract", Retry.NEVER),
    MODEL_OUTPUT_NOT_GERMAN("model_output_not_german", "The model did not answer in German", Retry.NEVER),
    MODEL_OUTPUT_TRUNCATED("model_output_truncated", "The model's answer was cut off", Retry.NEVER),
    MODEL_REQUEST_REJECTED("model_request_rejected", "The model provider rejected the request", Retry.NEVER),
    MODEL_AUTHENTICATION_FAILED("model_authentication_failed", "The model provider rejected our credentials",
            Retry.REDELIVER_EVENT),
    /** Bedrock: the account has no access to the model, or the function role may not invoke it (no API key involved). */
    MODEL_ACCESS_DENIED("model_access_denied", "The model provider denied access to the model", Retry.REDELIVER_EVENT),
    /** The configured model id does not exist where it is called (unknown id, wrong Region for an inference profile). */
    MODEL_NOT_FOUND("model_not_found", "The configured model does not exist for the model provider",
            Retry.REDELIVER_EVENT),
    MODEL_UNAVAILABLE("model_unavailable", "The model provider is unavailable", Retry.RETRY_CALL),
    MODEL_RATE_LIMITED("model_rate_limited", "The model provider is rate-limiting us", Retry.RETRY_CALL),
    MODEL_TIMEOUT("model_timeout", "The model did not answer in time", Retry.RETRY_CALL),
    STORAGE_UNAVAILABLE("storage_unavailable", "The object store is unavailable", Retry.REDELIVER_EVENT);

    /** The one base of every problem type URN: HTTP problem documents and S3 error records alike. */
    public static final String TYPE_BASE = "urn:news-summarizer:problem:";

    private final String code;
    private final String title;
    private final Retry retry;

    ErrorCode(String code, String title, Retry retry) {
        this.code = code;
        this.title = title;
        this.retry = retry;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The stable problem type of this code: {@link #TYPE_BASE} plus the code. */
    public String type() {
        return typeOf(code);
    }

    /** The problem type for a code outside this enum (an adapter's own refusals such as {@code not_found}). */
    public static String typeOf(String code) {
        return TYPE_BASE + code;
    }

    public Retry retry() {
        return retry;
    }

    /** What retrying can achieve; one meaning per code, the same for every adapter. */
    public enum Retry {
        /** The same input fails the same way: report it, never retry. */
        NEVER,
        /**
         * A transient fault: the model call is retried at once (backoff, Retry-After, within the article's budget);
         * when those retries run out, the event is redelivered later as well.
         */
        RETRY_CALL,
        /**
         * Retrying the call now cannot help (rejected credentials, object store down): the event is redelivered
         * later, so it succeeds once an operator has fixed the cause or ends in the dead-letter queue.
         */
        REDELIVER_EVENT;

        /** Whether the model call itself is worth repeating now. */
        public boolean retriesCall() {
            return this == RETRY_CALL;
        }

        /** Whether an event-driven adapter should fail the event so that it is delivered again. */
        public boolean redeliversEvent() {
            return this != NEVER;
        }
    }
}
