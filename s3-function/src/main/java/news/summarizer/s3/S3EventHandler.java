package news.summarizer.s3;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Named;
import news.summarizer.core.model.Deadline;
import news.summarizer.s3.backfill.BackfillProcessor;
import news.summarizer.s3.backfill.MapBatch;
import news.summarizer.s3.backfill.RunReportWriter;
import news.summarizer.s3.processing.EventProcessor;

/**
 * The Lambda entry point ({@code quarkus.lambda.handler=s3}) for S3 event notifications, SQS batches of them,
 * EventBridge "Object Created" events, and a Step Functions backfill's batches and final report. It only delegates;
 * see {@link EventProcessor}, {@link BackfillProcessor} and {@link RunReportWriter}. The answer is a partial batch
 * response for events, the figures of a backfill batch, or the run's report (hence {@code Object}: Jackson writes
 * whichever it is).
 */
@Named("s3")
public class S3EventHandler implements RequestHandler<JsonNode, Object> {

    private final EventProcessor events;
    private final BackfillProcessor backfill;
    private final RunReportWriter reports;

    public S3EventHandler(EventProcessor events, BackfillProcessor backfill, RunReportWriter reports) {
        this.events = events;
        this.backfill = backfill;
        this.reports = reports;
    }

    @Override
    public Object handleRequest(JsonNode event, Context context) {
        // One deadline for the invocation: no article's model calls may outlive the function.
        Deadline deadline = context == null ? null
                : Deadline.beforeEnd(context.getRemainingTimeInMillis(), Deadline.ANSWER_RESERVE);
        return Deadline.within(deadline, () -> {
            if (MapBatch.isBatch(event)) {
                return backfill.process(event);
            }
            return RunReportWriter.isReportRequest(event) ? reports.write(event) : events.process(event);
        });
    }
}
