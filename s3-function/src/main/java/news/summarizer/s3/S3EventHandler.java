package news.summarizer.s3;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Named;
import news.summarizer.core.model.Deadline;
import news.summarizer.s3.processing.BatchResponse;
import news.summarizer.s3.processing.EventProcessor;

/**
 * The Lambda entry point ({@code quarkus.lambda.handler=s3}) for S3 event notifications, SQS batches of them and
 * EventBridge "Object Created" events. It only delegates; see {@link EventProcessor}.
 */
@Named("s3")
public class S3EventHandler implements RequestHandler<JsonNode, BatchResponse> {

    private final EventProcessor processor;

    public S3EventHandler(EventProcessor processor) {
        this.processor = processor;
    }

    @Override
    public BatchResponse handleRequest(JsonNode event, Context context) {
        // One deadline for the invocation: no article's model calls may outlive the function.
        Deadline deadline = context == null ? null
                : Deadline.beforeEnd(context.getRemainingTimeInMillis(), Deadline.ANSWER_RESERVE);
        return Deadline.within(deadline, () -> processor.process(event));
    }
}
