package news.summarizer.aws;

import java.time.Duration;
import java.util.Optional;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.model.ModelFailures;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockruntime.model.InternalServerException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelNotReadyException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/**
 * A failed Converse call in the domain's terms. Bedrock names its errors ({@code x-amzn-ErrorType}), so the ones that
 * need a specific action become their own {@link ErrorCode} with a detail that says what to do (model access, IAM
 * grant, model id and Region); the transient ones are retried by the core like any 5xx or timeout. Anything else
 * keeps its HTTP status for the core's generic classification.
 */
final class BedrockCallException extends RuntimeException implements ModelFailures.ProviderStatus {

    private final int statusCode;
    private final Duration retryAfter;

    private BedrockCallException(String message, int statusCode, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.retryAfter = retryAfter;
    }

    static RuntimeException from(SdkException e, String modelId, String region) {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new SummarizerException(ErrorCode.MODEL_TIMEOUT, "Bedrock did not answer in time", null, e);
        }
        if (!(e instanceof AwsServiceException service)) {
            return e; // client-side (connection) failures: the gateway classifies them by their cause
        }
        String bedrockSays = errorType(service) + ": " + message(service);
        if (e instanceof AccessDeniedException) {
            return new SummarizerException(ErrorCode.MODEL_ACCESS_DENIED, "Bedrock denied access to model " + modelId
                    + " in " + region + " (" + bedrockSays + "). Bedrock uses no API key: enable access to this model"
                    + " in the Bedrock console (Model access) for this account and Region, and grant the function's role"
                    + " bedrock:InvokeModel on the model or inference profile (for a profile also on the foundation"
                    + " model in each Region it routes to).", null, e);
        }
        if (e instanceof ResourceNotFoundException || (e instanceof ValidationException && namesUnknownModel(service))) {
            return new SummarizerException(ErrorCode.MODEL_NOT_FOUND, "Bedrock does not know model " + modelId + " in "
                    + region + " (" + bedrockSays + "). Check SUMMARIZER_BEDROCK_MODEL_ID: the model must be offered"
                    + " in this Region, an inference profile's prefix (eu., us., apac., global.) must match the Region,"
                    + " and models without on-demand throughput are called through an inference profile id.", null, e);
        }
        if (e instanceof ModelNotReadyException || e instanceof ServiceUnavailableException
                || e instanceof InternalServerException) {
            return new SummarizerException(ErrorCode.MODEL_UNAVAILABLE,
                    "Bedrock cannot serve model " + modelId + " right now (" + bedrockSays + ")", retryAfter(service), e);
        }
        if (e instanceof ModelTimeoutException) {
            return new SummarizerException(ErrorCode.MODEL_TIMEOUT,
                    "Model " + modelId + " did not answer in time (" + bedrockSays + ")", retryAfter(service), e);
        }
        if (e instanceof ThrottlingException) {
            return new SummarizerException(ErrorCode.MODEL_RATE_LIMITED,
                    "Bedrock is throttling calls to " + modelId + " (" + bedrockSays + ")", retryAfter(service), e);
        }
        if (service.statusCode() == 401 || service.statusCode() == 403) {
            // UnrecognizedClientException, InvalidSignatureException, ExpiredTokenException ...: the AWS credentials.
            return new SummarizerException(ErrorCode.MODEL_AUTHENTICATION_FAILED, "Bedrock rejected the AWS credentials ("
                    + bedrockSays + "). Bedrock uses no API key: check the function role, or locally the AWS credential"
                    + " chain (profile, expired session).", null, e);
        }
        if (e instanceof ValidationException) {
            return new SummarizerException(ErrorCode.MODEL_REQUEST_REJECTED,
                    "Bedrock rejected the request for model " + modelId + " (" + bedrockSays + ")", null, e);
        }
        return new BedrockCallException("Bedrock rejected the call: " + bedrockSays, service.statusCode(),
                retryAfter(service), e);
    }

    /**
     * A model id Bedrock cannot resolve in this Region comes back as a ValidationException, not a 404: an unknown id,
     * a profile of another geography ("The provided model identifier is invalid."), or a model that needs a profile
     * ("Invocation of model ID ... with on-demand throughput isn't supported. Retry your request with the ID or ARN of
     * an inference profile that contains this model.").
     */
    private static boolean namesUnknownModel(AwsServiceException e) {
        String message = message(e);
        return message.contains("model identifier is invalid") || message.contains("on-demand throughput isn")
                || message.contains("model ID") && message.contains("inference profile");
    }

    private static String errorType(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "HTTP " + e.statusCode() : e.awsErrorDetails().errorCode();
    }

    static String message(AwsServiceException e) {
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return message == null ? "" : message;
    }

    private static Duration retryAfter(AwsServiceException e) {
        if (e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null) {
            return null;
        }
        return e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After")
                .map(BedrockCallException::seconds).orElse(null);
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
