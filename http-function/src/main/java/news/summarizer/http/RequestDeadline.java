package news.summarizer.http;

import com.amazonaws.services.lambda.runtime.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import news.summarizer.core.model.Deadline;

/**
 * The one deadline of a request: the function's remaining time (Lambda's invocation context) less what the answer
 * itself needs. On AWS the function times out with the gateway (30 s); every model call and every wait of the request
 * ends before this deadline, so the caller gets an answer (a 202 for a story, a problem for a summary), never a
 * gateway timeout. Without a Lambda context (or with a nonsensical one), there is no deadline but the per-article budget.
 */
@ApplicationScoped
public class RequestDeadline {

    private final Instance<Context> lambda;

    public RequestDeadline(Instance<Context> lambda) {
        this.lambda = lambda;
    }

    /** The deadline of the current request, or null when the function's remaining time is unknown. */
    public Deadline current() {
        long remaining;
        try {
            Context context = lambda.get();
            remaining = context == null ? -1 : context.getRemainingTimeInMillis();
        } catch (RuntimeException e) {
            return null; // no invocation context: not on Lambda's request path
        }
        return Deadline.beforeEnd(remaining, Deadline.ANSWER_RESERVE);
    }
}
