package news.summarizer.s3.processing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.metrics.InvocationTally;
import news.summarizer.s3.event.EventReader;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.event.SqsMessages;
import news.summarizer.s3.event.SqsMessages.Message;
import news.summarizer.s3.processing.BatchResponse.ItemFailure;
import org.jboss.logging.Logger;

/**
 * Runs every object of one invocation through the {@link ObjectProcessor}; one failing object never stops the
 * others. SQS: a message whose processing threw is reported in {@code batchItemFailures}, so only it is retried.
 * Direct S3 and EventBridge invocations have no partial answer: after all objects, the first failure is rethrown
 * so that Lambda retries the event (already finished objects are then skipped by idempotency).
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final ObjectProcessor objects;
    private final InvocationMetrics metrics;

    public EventProcessor(ObjectProcessor objects, InvocationMetrics metrics) {
        this.objects = objects;
        this.metrics = metrics;
    }

    public BatchResponse process(JsonNode event) {
        return metrics.measure(InvocationMetrics.S3_FUNCTION,
                tally -> EventReader.isSqsBatch(event) ? processSqs(event, tally) : processDirect(event, tally));
    }

    private BatchResponse processSqs(JsonNode batch, InvocationTally tally) {
        List<ItemFailure> failures = new ArrayList<>();
        for (Message message : SqsMessages.of(batch)) {
            try {
                SqsMessages.objectsIn(message).forEach(object -> Outcomes.count(objects.process(object), tally));
            } catch (RuntimeException e) {
                tally.failed(e);
                LOG.errorf("SQS message %s failed and will be retried: %s", message.messageId(), SummarizerException.describe(e));
                failures.add(new ItemFailure(message.messageId()));
            }
        }
        return new BatchResponse(failures);
    }

    private BatchResponse processDirect(JsonNode event, InvocationTally tally) {
        RuntimeException firstFailure = null;
        for (ObjectCreated object : EventReader.read(event)) {
            try {
                Outcomes.count(objects.process(object), tally);
            } catch (RuntimeException e) {
                tally.failed(e);
                LOG.errorf("%s failed; the event will be retried: %s", object, SummarizerException.describe(e));
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return new BatchResponse(List.of());
    }
}
