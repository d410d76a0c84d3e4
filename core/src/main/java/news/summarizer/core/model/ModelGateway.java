package news.summarizer.core.model;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import org.jboss.logging.Logger;

/**
 * Sends one request to the model and gets a complete answer back, or a domain error that says why not.
 * Transient faults (429, 5xx, timeouts, connection errors) are retried with exponential backoff and full
 * jitter, honouring Retry-After, inside the article's deadline; credentials and bad requests are not retried.
 * A truncated answer is never returned: it is asked for again once with twice the output budget.
 */
@ApplicationScoped
public class ModelGateway {

    private static final Logger LOG = Logger.getLogger(ModelGateway.class);
    private static final java.util.concurrent.ExecutorService CALLS = java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "model-call");
        thread.setDaemon(true);
        return thread;
    });

    private final SummarizerConfig.Model config;

    public ModelGateway(SummarizerConfig config) {
        this.config = config.model();
    }

    public ChatResponse complete(ModelTarget target, ChatRequest request, UsageMeter meter, Deadline deadline) {
        ChatResponse response = withRetries(target, request, meter, deadline);
        if (response.finishReason() == FinishReason.LENGTH) {
            int larger = Math.max(request.maxOutputTokens() == null ? target.maxOutputTokens() : request.maxOutputTokens(),
                    target.maxOutputTokens()) * 2;
            LOG.infof("model answer truncated at the output budget; asking again with %d tokens", larger);
            ChatRequest retry = ChatRequest.builder()
                    .messages(request.messages())
                    .responseFormat(request.responseFormat())
                    .maxOutputTokens(larger)
                    .build();
            response = withRetries(target, retry, meter, deadline);
            if (response.finishReason() == FinishReason.LENGTH) {
                throw new SummarizerException(ErrorCode.MODEL_OUTPUT_TRUNCATED,
                        "The model's answer was cut off at " + larger + " output tokens twice");
            }
        }
        return response;
    }

    private ChatResponse withRetries(ModelTarget target, ChatRequest request, UsageMeter meter, Deadline deadline) {
        for (int attempt = 0; ; attempt++) {
            meter.countCall();
            try {
                ChatResponse response = withinDeadline(() -> target.chatModel().chat(request), deadline);
                meter.add(response.tokenUsage());
                return response;
            } catch (RuntimeException e) {
                SummarizerException failure = classify(e);
                if (!failure.code().transientFailure() || failure.code() == ErrorCode.MODEL_AUTHENTICATION_FAILED) {
                    throw failure;
                }
                Duration wait = backoff(attempt, failure.retryAfter());
                if (attempt >= config.retries() || !deadline.allows(wait)) {
                    LOG.warnf("model call failed (%s), giving up after %d attempt(s)", failure.code().code(), attempt + 1);
                    throw failure;
                }
                LOG.infof("model call failed (%s), retrying in %d ms", failure.code().code(), wait.toMillis());
                sleep(wait);
            }
        }
    }

    /**
     * Runs one call, but never past the article's deadline: a provider timeout longer than the remaining budget
     * must not hold the function until Lambda kills it without an answer.
     */
    private static ChatResponse withinDeadline(java.util.function.Supplier<ChatResponse> call, Deadline deadline) {
        java.util.concurrent.CompletableFuture<ChatResponse> future = java.util.concurrent.CompletableFuture.supplyAsync(call, CALLS);
        try {
            return future.get(Math.max(1, deadline.remaining().toMillis()), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            throw new SummarizerException(ErrorCode.MODEL_TIMEOUT, "The model did not answer within the time budget", null, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Interrupted while waiting for the model", null, e);
        }
    }

    private Duration backoff(int attempt, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        long ceiling = Math.min(config.maxBackoff().toMillis(), config.initialBackoff().toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    public static SummarizerException classify(Throwable e) {
        if (e instanceof SummarizerException known) {
            return known;
        }
        Duration retryAfter = retryAfterIn(e);
        if (hasCause(e, HttpTimeoutException.class) || hasCause(e, java.util.concurrent.TimeoutException.class)
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

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Interrupted while waiting to retry", null, e);
        }
    }

    /** Lets provider adapters other than OpenAI (Bedrock) report an HTTP status and Retry-After. */
    public interface ProviderStatus {
        int statusCode();

        Optional<Duration> retryAfter();
    }
}
