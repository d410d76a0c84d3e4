package news.summarizer.s3;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Named;
import news.summarizer.s3.backfill.BackfillProcessor;
import news.summarizer.s3.backfill.MapBatch;
import news.summarizer.s3.processing.EventProcessor;

/**
 * The Lambda entry point ({@code quarkus.lambda.handler=s3}) for S3 event notifications, SQS batches of them,
 * EventBridge "Object Created" events and the batches of a Step Functions backfill. It only delegates; see
 * {@link EventProcessor} and {@link BackfillProcessor}. The answer is a partial batch response for events, the
 * batch's figures for a backfill batch (hence {@code Object}: Jackson writes whichever it is).
 */
@Named("s3")
public class S3EventHandler implements RequestHandler<JsonNode, Object> {

    private final EventProcessor events;
    private final BackfillProcessor backfill;

    public S3EventHandler(EventProcessor events, BackfillProcessor backfill) {
        this.events = events;
        this.backfill = backfill;
    }

    @Override
    public Object handleRequest(JsonNode event, Context context) {
        return MapBatch.isBatch(event) ? backfill.process(event) : events.process(event);
    }
}
