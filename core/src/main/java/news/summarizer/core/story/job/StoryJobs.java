package news.summarizer.core.story.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import news.summarizer.core.ArticleSummarizer.EngineIdentity;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.model.Deadline;
import news.summarizer.core.story.StoryArticle;
import news.summarizer.core.story.StoryComposer;
import news.summarizer.core.story.StoryRequest;
import news.summarizer.core.story.StoryRequestReader;
import org.jboss.logging.Logger;

/**
 * Stories as jobs: POST waits up to {@code summarizer.story.wait} for the story, else the job goes on and the client
 * asks again at its Location. A job's id is derived from the request's content and the engine, so the same story
 * posted again is the same job and costs no model call twice. Where no process may keep working after it answered
 * (Lambda), the work done by then is stored and the rest handed to the S3 function ({@link #finish}).
 */
@ApplicationScoped
public class StoryJobs {

    private static final Logger LOG = Logger.getLogger(StoryJobs.class);
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{32}");
    /** A job started but never handed off this long after its wait (its function was killed) is handed off again. */
    private static final Duration STALLED_AFTER = Duration.ofSeconds(60);

    private final StoryRequestReader reader;
    private final StoryComposer composer;
    private final StoryJobStore store;
    private final StoryJobWork work;
    private final Duration wait;
    private final Duration retryAfter;
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "story-job");
        thread.setDaemon(true);
        return thread;
    });

    public StoryJobs(StoryRequestReader reader, StoryComposer composer, SummarizerConfig config, ObjectMapper json,
                     Instance<BucketJobStores> bucketStores) {
        this.reader = reader;
        this.composer = composer;
        this.store = openStore(config.story(), bucketStores);
        this.work = new StoryJobWork(composer, store, json);
        this.wait = config.story().waitFor();
        this.retryAfter = config.story().retryAfter();
    }

    private static StoryJobStore openStore(SummarizerConfig.Story config, Instance<BucketJobStores> bucketStores) {
        if (config.bucket().isEmpty()) {
            return new InMemoryStoryJobStore();
        }
        if (!bucketStores.isResolvable()) {
            throw new IllegalStateException("summarizer.story.bucket is set, but no bucket job store is on the class path");
        }
        return bucketStores.get().open(config.bucket().get(), config.prefix(), config.pathStyle());
    }

    /**
     * A POST: validates the request (400, 413, 415 before any job exists), then answers with the story if it is done
     * within the wait, else with the running job. {@code request} is the request's deadline (null: none); the wait
     * ends before it.
     */
    public JobAnswer submit(String contentType, byte[] body, Deadline request) {
        // The wait counts from the request's arrival: reading, checks and the store's first calls are part of it.
        Deadline waitEnds = Deadline.in(wait).earliest(request);
        StoryRequest story = reader.read(contentType, body);
        StoryComposer.Prepared prepared = composer.prepare(story.articles());
        String id = jobId(story, composer.storyEngineIdentity());
        Optional<JobStatus> status = store.status(id);
        if (status.isPresent() && !restarts(status.get())) {
            LOG.infof("story job %s posted again: %s", id, status.get().state());
            resumeIfStalled(id, status.get());
            return answer(id, status.get());
        }
        store.create(id, body);
        if (store.keepsWorking()) {
            // The process keeps running: the job goes on in the background after the answer, bounded per article only.
            // Its calls count in this request's metric line as far as they are made before the request's line is written.
            Future<Optional<byte[]>> job = background.submit(InvocationMetrics.carried(
                    () -> work.run(id, story, prepared, null, null)));
            try {
                return done(id, job.get(Math.max(1, waitEnds.remaining().toMillis()), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                LOG.infof("story job %s still running after %d ms; answered 202", id, wait.toMillis());
                return new JobAnswer(id, null, retryAfter);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof SummarizerException failure ? failure
                        : new IllegalStateException("Story job " + id + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Interrupted while waiting for the story", null, e);
            }
        }
        return done(id, work.run(id, story, prepared, waitEnds, request));
    }

    /** A GET: the story, the running job, the job's failure (thrown), or {@code story_job_not_found}. */
    public JobAnswer status(String jobId) {
        if (!JOB_ID.matcher(jobId).matches()) {
            throw notFound(jobId);
        }
        JobStatus status = store.status(jobId).orElseThrow(() -> notFound(jobId));
        return answer(jobId, status);
    }

    /**
     * Finishes a handed-off job (the S3 function): reads the stored request, reuses every stored summary, makes the
     * missing ones and the story. Permanent failures are stored and thrown like transient ones; the caller decides
     * about redelivery.
     */
    public void finish(String jobId) {
        Optional<JobStatus> status = store.status(jobId);
        if (status.isEmpty() || status.get().state() == JobStatus.State.DONE) {
            LOG.infof("story job %s: %s, nothing to do", jobId, status.map(s -> s.state().name()).orElse("unknown"));
            return;
        }
        byte[] body = store.request(jobId).orElseThrow(() -> notFound(jobId));
        StoryRequest story = reader.read(body);
        work.run(jobId, story, composer.prepare(story.articles()), null, null);
    }

    /** A failure that retrying can cure starts the job again; a permanent one stays. */
    private static boolean restarts(JobStatus status) {
        return status.state() == JobStatus.State.FAILED && failureOf(status).toException().code().retry().redeliversEvent();
    }

    private void resumeIfStalled(String id, JobStatus status) {
        if (status.state() == JobStatus.State.RUNNING && !store.keepsWorking() && !status.handedOff()
                && status.since().plus(wait).plus(STALLED_AFTER).isBefore(Instant.now())) {
            LOG.warnf("story job %s was never handed off (its function stopped); handing it off now", id);
            store.handOff(id);
        }
    }

    private JobAnswer answer(String id, JobStatus status) {
        return switch (status.state()) {
            case DONE -> new JobAnswer(id, status.document(), null);
            case RUNNING -> new JobAnswer(id, null, retryAfter);
            case FAILED -> throw failureOf(status).toException();
        };
    }

    private JobAnswer done(String id, Optional<byte[]> story) {
        return new JobAnswer(id, story.orElse(null), story.isPresent() ? null : retryAfter);
    }

    private static JobFailure failureOf(JobStatus status) {
        try {
            return StoryJobWork.JSON.readValue(status.document(), JobFailure.class);
        } catch (java.io.IOException e) {
            return new JobFailure(ErrorCode.MODEL_UNAVAILABLE.code(), "The job failed; its failure record is unreadable");
        }
    }

    private static SummarizerException notFound(String jobId) {
        return new SummarizerException(ErrorCode.STORY_JOB_NOT_FOUND, "There is no story job '" + jobId
                + "'; POST the story to /stories to start one");
    }

    /**
     * 32 hex digits of the SHA-256 of everything the story depends on: the engine (provider, model, prompt versions),
     * the title and every article's text id, source and metadata, in the caller's order (indexes in the answer follow it).
     */
    static String jobId(StoryRequest request, EngineIdentity engine) {
        StringBuilder content = new StringBuilder()
                .append(engine.provider()).append('\n').append(engine.model()).append('\n').append(engine.promptVersion())
                .append('\n').append(request.title());
        for (StoryArticle article : request.articles()) {
            content.append('\n').append(article.article().id()).append('\t').append(article.source()).append('\t')
                    .append(article.article().title()).append('\t').append(article.article().date()).append('\t')
                    .append(article.article().url());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    static byte[] bytes(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
