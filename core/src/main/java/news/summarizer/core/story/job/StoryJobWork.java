package news.summarizer.core.story.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.model.Deadline;
import news.summarizer.core.story.ArticlePool;
import news.summarizer.core.story.SourceResult;
import news.summarizer.core.story.Story;
import news.summarizer.core.story.StoryArticle;
import news.summarizer.core.story.StoryComposer;
import news.summarizer.core.story.StoryRequest;
import news.summarizer.core.summary.Summary;
import org.jboss.logging.Logger;

/**
 * One run on a job, wherever it happens: every article whose summary the job already stored is reused, the others
 * are summarised in the bounded {@link ArticlePool} and stored one by one as they arrive, then the story is fused.
 * With a stop time (a function that should answer by then and is frozen afterwards) no article is started that is not
 * expected to finish before it, running ones may finish until the request's deadline, and what is left is handed off
 * with everything made so far: nothing is summarised twice, and no call is thrown away unless it outlasts the
 * request's deadline.
 */
final class StoryJobWork {

    /** For the job's own small records (failures); stories and summaries go through the application's mapper. */
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(StoryJobWork.class);

    private final StoryComposer composer;
    private final StoryJobStore store;
    private final ObjectMapper json;

    StoryJobWork(StoryComposer composer, StoryJobStore store, ObjectMapper json) {
        this.composer = composer;
        this.store = store;
        this.json = json;
    }

    /**
     * The story as JSON, or empty when the job was handed off before it was done. {@code stopAt}: when to start
     * nothing new and hand off (null: never); {@code cancelAt}: the request's deadline, when running calls are given up.
     */
    Optional<byte[]> run(String jobId, StoryRequest request, StoryComposer.Prepared prepared, Deadline stopAt,
                         Deadline cancelAt) {
        long started = System.nanoTime();
        try {
            List<StoryArticle> articles = prepared.articles();
            List<SourceResult> results = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                StoryArticle article = articles.get(i);
                Optional<Summary> stored = storedSummary(jobId, article);
                results.add(stored.map(summary -> new SourceResult(article, summary, false)).orElse(null));
                if (stored.isEmpty()) {
                    missing.add(i);
                }
            }
            AtomicLong slowest = new AtomicLong();
            List<SourceResult> made = composer.pool().run(missing.size(), k -> {
                long callStarted = System.nanoTime();
                SourceResult result = composer.summarize(articles.get(missing.get(k)), missing.get(k));
                slowest.accumulateAndGet(System.nanoTime() - callStarted, Math::max);
                return result;
            }, stopAt, cancelAt, (k, result) -> store.saveSummary(jobId, result.input().article().id(),
                    StoryJobs.bytes(json, result.summary())));
            for (int k = 0; k < missing.size(); k++) {
                results.set(missing.get(k), made.get(k));
            }
            long left = results.stream().filter(result -> result == null).count();
            if (left > 0 || !ArticlePool.mayStart(stopAt, slowest.get())) {
                store.handOff(jobId);
                LOG.infof("story job %s handed off: %d of %d articles summarised here (%d stored before), %d left%s",
                        jobId, made.stream().filter(result -> result != null).count(), articles.size(),
                        articles.size() - missing.size(), left, left == 0 ? ", the fusion too" : "");
                return Optional.empty();
            }
            Story story = composer.fuse(request.title(), results, prepared.warnings(), started);
            byte[] document = StoryJobs.bytes(json, story);
            store.complete(jobId, document);
            return Optional.of(document);
        } catch (SummarizerException e) {
            LOG.warnf("story job %s failed: %s %s", jobId, e.code().code(), e.detail());
            try {
                store.fail(jobId, StoryJobs.bytes(JSON, JobFailure.of(e)));
            } catch (SummarizerException storeDown) {
                e.addSuppressed(storeDown);
            }
            throw e;
        }
    }

    /** A stored summary that no longer parses is made again rather than failing the story. */
    private Optional<Summary> storedSummary(String jobId, StoryArticle article) {
        Optional<byte[]> stored = store.summary(jobId, article.article().id());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored.get(), Summary.class));
        } catch (IOException e) {
            LOG.warnf("story job %s: the stored summary of %s cannot be read (%s); summarising again", jobId,
                    article.article().id(), e.getMessage());
            return Optional.empty();
        }
    }
}
