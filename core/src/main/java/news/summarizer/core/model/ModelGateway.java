package news.summarizer.core.model;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
    /**
     * SecureRandom, not ThreadLocalRandom: with SnapStart every restored instance would otherwise share the
     * snapshot's random state and retry in lockstep, which is exactly what jitter is meant to prevent.
     */
    private static final SecureRandom JITTER = new SecureRandom();
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(runnable -> {
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
                SummarizerException failure = ModelFailures.classify(e);
                if (!failure.code().transientFailure() || needsOperator(failure.code())) {
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

    /** Failures only a change of settings or permissions can fix: retrying within the call cannot help. */
    private static boolean needsOperator(ErrorCode code) {
        return code == ErrorCode.MODEL_AUTHENTICATION_FAILED || code == ErrorCode.MODEL_ACCESS_DENIED
                || code == ErrorCode.MODEL_NOT_FOUND;
    }

    /**
     * Runs one call, but never past the article's deadline: a provider timeout longer than the remaining budget
     * must not hold the function until Lambda kills it without an answer.
     */
    private static ChatResponse withinDeadline(Supplier<ChatResponse> call, Deadline deadline) {
        CompletableFuture<ChatResponse> future = CompletableFuture.supplyAsync(call, CALLS);
        try {
            return future.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new SummarizerException(ErrorCode.MODEL_TIMEOUT, "The model did not answer within the time budget", null, e);
        } catch (ExecutionException e) {
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
        return Duration.ofMillis(ceiling / 2 + JITTER.nextLong(ceiling / 2 + 1));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Interrupted while waiting to retry", null, e);
        }
    }
}
