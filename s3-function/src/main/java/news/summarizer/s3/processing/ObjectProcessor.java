package news.summarizer.s3.processing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.ArticleSummarizer.EngineIdentity;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.Article;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.summary.Summary;
import news.summarizer.s3.S3FunctionConfig;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.output.ErrorDocument;
import news.summarizer.s3.output.ResultWriter;
import news.summarizer.s3.output.ResultWriter.Location;
import news.summarizer.s3.output.SourceRef;
import news.summarizer.s3.storage.ObjectHead;
import news.summarizer.s3.storage.ObjectStore;
import news.summarizer.s3.storage.StoredObject;
import news.summarizer.s3.story.StoryJobProcessor;
import news.summarizer.s3.story.StoryManifestProcessor;
import org.jboss.logging.Logger;

/**
 * Summarises one uploaded article into its summary object. The one place a {@link SummarizerException} is mapped:
 * a permanent failure becomes an error record and a normal {@link Outcome#REJECTED}; a transient one is rethrown so
 * that the event (or only its SQS message) is retried.
 */
@ApplicationScoped
public class ObjectProcessor {

    private static final Logger LOG = Logger.getLogger(ObjectProcessor.class);

    private final ArticleSummarizer summarizer;
    private final ObjectStore store;
    private final ResultWriter writer;
    private final KeyLayout layout;
    private final SummaryIdempotency idempotency;
    private final StoryManifestProcessor manifests;
    private final StoryJobProcessor jobs;
    private final Clock clock = Clock.systemUTC();
    private final boolean includeText;

    public ObjectProcessor(ArticleSummarizer summarizer, ObjectStore store, ResultWriter writer, KeyLayout layout,
                           SummaryIdempotency idempotency, StoryManifestProcessor manifests, StoryJobProcessor jobs,
                           S3FunctionConfig config) {
        this.summarizer = summarizer;
        this.includeText = config.includeText();
        this.manifests = manifests;
        this.jobs = jobs;
        this.store = store;
        this.writer = writer;
        this.layout = layout;
        this.idempotency = idempotency;
    }

    public Outcome process(ObjectCreated object) {
        Optional<String> job = jobs.jobOf(object);
        if (job.isPresent()) {
            return jobs.process(job.get());
        }
        Optional<String> skip = layout.skipReason(object);
        if (skip.isPresent()) {
            LOG.warnf("Skipping %s: %s", object, skip.get());
            return Outcome.SKIPPED;
        }
        if (StoryManifestProcessor.isManifest(object.key())) {
            return manifests.process(object);
        }
        EngineIdentity engine = summarizer.engineIdentity();
        Location summaryAt = layout.summaryOf(object);
        Location errorAt = layout.errorOf(object);
        Optional<ObjectHead> storedSummary = store.head(summaryAt.bucket(), summaryAt.key());
        if (idempotency.sameSource(storedSummary, object, engine)) {
            LOG.infof("Already summarised %s as %s", object, summaryAt);
            return Outcome.ALREADY_DONE;
        }
        Optional<ObjectHead> storedError = store.head(errorAt.bucket(), errorAt.key());
        if (idempotency.sameSource(storedError, object, engine)) {
            LOG.infof("Already rejected %s, see %s", object, errorAt);
            return Outcome.ALREADY_DONE;
        }
        SourceRef source = new SourceRef(object.bucket(), object.key(), object.versionId(), object.eTag());
        String articleId = null;
        try {
            StoredObject stored = download(object);
            source = new SourceRef(object.bucket(), object.key(), stored.head().versionId(), stored.head().eTag());
            // Format: the object's content type, else the key's extension, else the body; charset as declared.
            Article article = summarizer.intake().read(stored.body(), stored.head().contentType(), object.key());
            articleId = article.id();
            Outcome outcome = summarize(article, source, engine, summaryAt, storedSummary);
            if (storedError.isPresent()) {
                removeStaleError(errorAt);
            }
            return outcome;
        } catch (SummarizerException e) {
            InvocationMetrics.recordFailure(e);
            if (e.code().retry().redeliversEvent()) {
                LOG.warnf("Transient failure for %s, leaving it for a retry: %s %s", object, e.code().code(), e.detail());
                throw e;
            }
            LOG.warnf("Rejected %s: %s %s; error record %s", object, e.code().code(), e.detail(), errorAt);
            writer.writeError(errorAt, ErrorDocument.of(e, source, Instant.now(clock), engine),
                    idempotency.metadata(source, articleId, engine));
            return Outcome.REJECTED;
        }
    }

    private Outcome summarize(Article article, SourceRef source, EngineIdentity engine, Location summaryAt,
                              Optional<ObjectHead> storedSummary) {
        if (idempotency.sameSource(storedSummary, source, engine)) {
            LOG.infof("Already summarised s3://%s/%s as %s", source.bucket(), source.key(), summaryAt);
            return Outcome.ALREADY_DONE;
        }
        if (idempotency.sameArticle(storedSummary, article.id(), engine)) {
            writer.restamp(summaryAt, source, idempotency.metadata(source, article.id(), engine));
            LOG.infof("Reused the summary of article %s for %s", article.id(), summaryAt);
            return Outcome.REUSED;
        }
        Summary summary = summarizer.summarize(article, includeText);
        writer.writeSummary(summaryAt, summary, source, idempotency.metadata(source, article.id(), engine));
        LOG.infof("Summarised s3://%s/%s into %s", source.bucket(), source.key(), summaryAt);
        return Outcome.SUMMARIZED;
    }

    /** The article is summarised now; an old error record is only misleading, and failing to delete it is no failure. */
    private void removeStaleError(Location errorAt) {
        try {
            store.delete(errorAt.bucket(), errorAt.key());
        } catch (SummarizerException e) {
            LOG.warnf("Could not delete the stale error record %s: %s", errorAt, e.detail());
        }
    }

    /** Checks the size (from the event, else a HEAD) before downloading anything. */
    private StoredObject download(ObjectCreated object) {
        long maxBytes = summarizer.intake().maxBodyBytes();
        long size = object.size().isPresent() ? object.size().getAsLong() : store.headSource(object).size();
        if (size > maxBytes) {
            throw ObjectStore.tooLarge(size, maxBytes);
        }
        return store.getSource(object, maxBytes);
    }
}
