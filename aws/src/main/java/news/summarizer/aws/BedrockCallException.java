package news.summarizer.aws;

import java.time.Duration;
import java.util.Optional;
import news.summarizer.core.model.ModelFailures;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A failed Converse call, reduced to what the core's retry policy needs: the HTTP status (throttling 429,
 * model timeout 408, 5xx, access denied 403) and Retry-After when Bedrock sends it.
 */
final class BedrockCallException extends RuntimeException implements ModelFailures.ProviderStatus {

    private final int statusCode;
    private final Duration retryAfter;

    private BedrockCallException(String message, int statusCode, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.retryAfter = retryAfter;
    }

    static RuntimeException from(SdkException e) {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new BedrockCallException("Bedrock did not answer in time", 408, null, e);
        }
        if (e instanceof AwsServiceException service) {
            Duration retryAfter = service.awsErrorDetails() == null || service.awsErrorDetails().sdkHttpResponse() == null
                    ? null
                    : service.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After")
                            .map(BedrockCallException::seconds).orElse(null);
            String code = service.awsErrorDetails() == null ? "unknown" : service.awsErrorDetails().errorCode();
            return new BedrockCallException("Bedrock rejected the call: " + code, service.statusCode(), retryAfter, e);
        }
        return e; // client-side (connection) failures: the gateway classifies them by their cause
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public int statusCode() {
        return statusCode;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
