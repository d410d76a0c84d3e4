package news.summarizer.core.model;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/**
 * Tells what a failed model call means, whatever the provider threw: the status and Retry-After are read from the
 * cause chain (LangChain4j's HTTP errors, our {@link ModelHttpException}, or a provider's {@link ProviderStatus}).
 */
public final class ModelFailures {

    private ModelFailures() {
    }

    /** The domain error for a failed model call: timeout, credentials, rate limit, outage or rejected request. */
    public static SummarizerException classify(Throwable e) {
        if (e instanceof SummarizerException known) {
            return known;
        }
        Duration retryAfter = retryAfterIn(e);
        // SocketTimeoutException: no connection or no answer within the timeout (our HTTP client, the AWS SDK's)
        if (hasCause(e, SocketTimeoutException.class) || hasCause(e, HttpTimeoutException.class)
                || hasCause(e, java.util.concurrent.TimeoutException.class)
                || hasCause(e, dev.langchain4j.exception.TimeoutException.class)) {
            return new SummarizerException(ErrorCode.MODEL_TIMEOUT, "The model did not answer in time", null, e);
        }
        Integer status = statusIn(e);
        if (e instanceof AuthenticationException || (status != null && (status == 401 || status == 403))) {
            return new SummarizerException(ErrorCode.MODEL_AUTHENTICATION_FAILED,
                    "The model provider rejected our credentials (HTTP " + status + "); check the API key", null, e);
        }
        if (e instanceof RateLimitException || (status != null && status == 429)) {
            return new SummarizerException(ErrorCode.MODEL_RATE_LIMITED,
                    "The model provider is rate-limiting us (HTTP 429)", retryAfter, e);
        }
        if (status != null && (status == 408 || status == 504)) {
            return new SummarizerException(ErrorCode.MODEL_TIMEOUT, "The model provider timed out (HTTP " + status + ")", retryAfter, e);
        }
        if (status != null && status >= 500) {
            return new SummarizerException(ErrorCode.MODEL_UNAVAILABLE,
                    "The model provider failed (HTTP " + status + ")", retryAfter, e);
        }
        if (e instanceof InvalidRequestException || e instanceof ModelNotFoundException || status != null) {
            return new SummarizerException(ErrorCode.MODEL_REQUEST_REJECTED,
                    "The model provider rejected the request" + (status == null ? "" : " (HTTP " + status + ")")
                            + "; check the model name and the article size", null, e);
        }
        if (hasCause(e, IOException.class)) {
            return new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "The model provider cannot be reached", null, e);
        }
        return new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "The model call failed unexpectedly", null, e);
    }

    private static Integer statusIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
            if (t instanceof ProviderStatus provider) {
                return provider.statusCode();
            }
        }
        return null;
    }

    private static Duration retryAfterIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ModelHttpException http) {
                return http.retryAfter().orElse(null);
            }
            if (t instanceof ProviderStatus provider) {
                return provider.retryAfter().orElse(null);
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Lets provider adapters other than OpenAI (Bedrock) report an HTTP status and Retry-After. */
    public interface ProviderStatus {
        int statusCode();

        Optional<Duration> retryAfter();
    }
}
