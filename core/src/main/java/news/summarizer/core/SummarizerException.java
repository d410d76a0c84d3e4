package news.summarizer.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The one domain failure. Every adapter maps it exactly once: to an HTTP problem, an S3 error record or an SQS
 * batch item failure. The detail is safe to show to a caller: never a stack trace, a prompt or a secret.
 */
public class SummarizerException extends RuntimeException {

    private final ErrorCode code;
    private final Duration retryAfter;

    public SummarizerException(ErrorCode code, String detail) {
        this(code, detail, null, null);
    }

    public SummarizerException(ErrorCode code, String detail, Duration retryAfter, Throwable cause) {
        super(detail, cause);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /**
     * One line for logs: the code and detail of a domain failure, the type and message of anything else. Logs
     * carry no stack traces, which could echo request bodies or provider answers.
     */
    public static String describe(Throwable failure) {
        if (failure instanceof SummarizerException domain) {
            return domain.code().code() + ": " + domain.detail();
        }
        return failure.getClass().getName() + ": " + failure.getMessage();
    }

    /** How long the model provider asked us to wait, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
