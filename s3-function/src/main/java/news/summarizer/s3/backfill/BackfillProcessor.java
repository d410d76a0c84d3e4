package news.summarizer.s3.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.metrics.InvocationFigures;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.metrics.InvocationTally;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.processing.ObjectProcessor;
import news.summarizer.s3.processing.Outcomes;
import org.jboss.logging.Logger;

/**
 * Summarises one backfill batch ({@link MapBatch}) article by article through the same {@link ObjectProcessor} as an
 * upload: same idempotency, error records and keys. Answers the batch's figures, which the map's result writer
 * collects into the run's report. A transient failure (rate limit, model or S3 down) fails the batch after all its
 * items were tried, so the state machine's retry runs it again later; finished articles then cost only a HEAD.
 */
@ApplicationScoped
public class BackfillProcessor {

    private static final Logger LOG = Logger.getLogger(BackfillProcessor.class);

    private final ObjectProcessor objects;
    private final InvocationMetrics metrics;

    public BackfillProcessor(ObjectProcessor objects, InvocationMetrics metrics) {
        this.objects = objects;
        this.metrics = metrics;
    }

    public InvocationFigures process(JsonNode batch) {
        return metrics.measure(InvocationMetrics.S3_FUNCTION, tally -> summarize(batch, tally));
    }

    private InvocationFigures summarize(JsonNode batch, InvocationTally tally) {
        RuntimeException retryLater = null;
        for (ObjectCreated object : MapBatch.objects(batch)) {
            try {
                Outcomes.count(objects.process(object), tally);
            } catch (RuntimeException e) {
                LOG.errorf("%s failed; the batch will be retried: %s", object, SummarizerException.describe(e));
                tally.failed(e);
                retryLater = retryLater == null ? e : retryLater;
            }
        }
        if (retryLater != null) {
            throw retryLater;
        }
        InvocationFigures figures = tally.figures();
        LOG.infof("Backfill batch: %d articles, %d summarised, %d skipped, %d failed %s, %d ignored",
                figures.articles(), figures.summarized(), figures.skipped(), figures.failures(), figures.failed(),
                figures.ignored());
        return figures;
    }
}
