package news.summarizer.core.model;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/** An HTTP error from a model server that keeps what LangChain4j's own exception drops: Retry-After. */
final class ModelHttpException extends HttpException {

    private final Duration retryAfter;

    ModelHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
