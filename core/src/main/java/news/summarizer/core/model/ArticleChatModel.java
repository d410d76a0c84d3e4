package news.summarizer.core.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.Usage;
import org.jboss.logging.Logger;

/**
 * The chat model for one article: the provider's model behind our transport policy, holding the article's usage
 * meter and deadline so that nothing else has to carry them. Every request gets the JSON schema (native where the
 * provider enforces it) and the output budget. Transient faults (429, 5xx, timeouts, connection errors) are retried
 * with exponential backoff and full jitter, honouring Retry-After, inside the deadline; other failures are not. A
 * request the provider refused for one named parameter is sent again at once without it. A truncated answer is never
 * returned: it is asked for again once with twice the output budget. Thread-safe: the parts of a long article share it.
 */
public final class ArticleChatModel implements ChatModel {

    private static final Logger LOG = Logger.getLogger(ArticleChatModel.class);
    /**
     * SecureRandom, not ThreadLocalRandom: with SnapStart every restored instance would otherwise share the
     * snapshot's random state and retry in lockstep, which is exactly what jitter is meant to prevent.
     */
    private static final SecureRandom JITTER = new SecureRandom();
    /** Parameters a provider may refuse one after another (max_tokens, then temperature): each is dropped once. */
    private static final int MAX_DROPPED_PARAMETERS = 3;
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "model-call");
        thread.setDaemon(true);
        return thread;
    });

    private final ModelTarget target;
    private final SummarizerConfig.Model policy;
    private final Sleeper sleeper;
    private final UsageMeter meter = new UsageMeter();
    private final Deadline deadline;
    private final ResponseFormat nativeFormat;
    /** Work for the calling thread while it waits for the next call's answer (see {@link #whileWaiting}). */
    private final java.util.concurrent.atomic.AtomicReference<Runnable> whileWaiting = new java.util.concurrent.atomic.AtomicReference<>();

    ArticleChatModel(ModelTarget target, SummarizerConfig.Model policy, Sleeper sleeper) {
        this(target, policy, sleeper, SummarySchema.NATIVE);
    }

    private ArticleChatModel(ModelTarget target, SummarizerConfig.Model policy, Sleeper sleeper,
                             ResponseFormat nativeFormat) {
        this.target = target;
        this.policy = policy;
        this.sleeper = sleeper;
        this.deadline = Deadline.in(policy.totalBudget()).earliest(Deadline.ofRequest().orElse(null));
        this.nativeFormat = nativeFormat;
    }

    /**
     * The same transport policy for a task with another answer schema (the story fusion): retries, deadline,
     * truncation handling and usage work exactly as for a summary.
     */
    public static ArticleChatModel answering(ResponseFormat nativeFormat, ModelTarget target,
                                             SummarizerConfig.Model policy) {
        return new ArticleChatModel(target, policy, Sleeper.THREAD, nativeFormat);
    }

    /**
     * Runs {@code work} on the calling thread once the next call is under way, before waiting for its answer: work the
     * answer will need but that does not depend on it (reading the article's facts to judge the answer) then costs no
     * time of its own while a model takes seconds. Runs once; a failure of it is left for whoever needs the work, who
     * meets it again.
     */
    void whileWaiting(Runnable work) {
        whileWaiting.set(work);
    }

    /** Tokens and calls spent on the article so far. */
    public Usage usage() {
        return meter.usage();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        ChatRequest sent = ChatRequest.builder()
                .messages(request.messages())
                .responseFormat(target.nativeJsonSchema() ? nativeFormat : SummarySchema.JSON_ONLY)
                .maxOutputTokens(target.maxOutputTokens())
                .build();
        ChatResponse response = withRetries(sent);
        if (response.finishReason() == FinishReason.LENGTH) {
            int larger = target.maxOutputTokens() * 2;
            LOG.infof("%s answer truncated at the output budget; asking again with %d tokens", target.model(), larger);
            response = withRetries(ChatRequest.builder()
                    .messages(sent.messages())
                    .responseFormat(sent.responseFormat())
                    .maxOutputTokens(larger)
                    .build());
            if (response.finishReason() == FinishReason.LENGTH) {
                throw new SummarizerException(ErrorCode.MODEL_OUTPUT_TRUNCATED,
                        "The model's answer was cut off at " + larger + " output tokens twice");
            }
        }
        return response;
    }

    private ChatResponse withRetries(ChatRequest request) {
        int dropped = 0;
        for (int attempt = 0; ; ) {
            meter.countCall();
            try {
                ChatResponse response = withinDeadline(request);
                meter.add(response.tokenUsage());
                return response;
            } catch (ParameterDropped refused) {
                if (++dropped > MAX_DROPPED_PARAMETERS) {
                    throw ModelFailures.classify(refused.getCause());
                }
            } catch (RuntimeException e) {
                SummarizerException failure = ModelFailures.classify(e);
                if (!failure.code().retry().retriesCall()) {
                    throw failure;
                }
                Duration wait = backoff(attempt, failure.retryAfter());
                if (attempt >= policy.retries() || !deadline.allows(wait)) {
                    LOG.warnf("%s %s call failed (%s), giving up after %d attempt(s)", target.provider(), target.model(),
                            failure.code().code(), attempt + 1);
                    throw failure;
                }
                LOG.infof("%s %s call failed (%s), retrying in %d ms", target.provider(), target.model(),
                        failure.code().code(), wait.toMillis());
                sleep(wait);
                attempt++;
            }
        }
    }

    /**
     * Runs one call, but never past the article's deadline: a provider timeout longer than the remaining budget
     * must not hold the function until Lambda kills it without an answer.
     */
    private ChatResponse withinDeadline(ChatRequest request) {
        CompletableFuture<ChatResponse> future = CompletableFuture.supplyAsync(() -> target.chatModel().chat(request), CALLS);
        Runnable meanwhile = whileWaiting.getAndSet(null);
        if (meanwhile != null) {
            try {
                meanwhile.run();
            } catch (RuntimeException e) {
                LOG.debugf(e, "work while waiting for %s failed; it runs again where it is needed", target.model());
            }
        }
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
        long ceiling = Math.min(policy.maxBackoff().toMillis(), policy.initialBackoff().toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ceiling / 2 + JITTER.nextLong(ceiling / 2 + 1));
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Interrupted while waiting to retry", null, e);
        }
    }
}
