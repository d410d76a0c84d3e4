package news.summarizer.s3.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import news.summarizer.aws.story.JobKeys;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.story.job.StoryJobs;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.processing.Outcome;
import org.jboss.logging.Logger;

/**
 * Finishes a story job the HTTP function handed off ({@code <summarizer.story.prefix><id>/job.json} in
 * {@code summarizer.story.bucket}): the core reuses the summaries the HTTP function stored and makes only the
 * missing ones and the story. The job records its own failure for GET; a transient one is rethrown as well, so the
 * event is redelivered and may still finish the job.
 */
@ApplicationScoped
public class StoryJobProcessor {

    private static final Logger LOG = Logger.getLogger(StoryJobProcessor.class);

    private final StoryJobs jobs;
    private final SummarizerConfig.Story config;

    public StoryJobProcessor(StoryJobs jobs, SummarizerConfig config) {
        this.jobs = jobs;
        this.config = config.story();
    }

    /** The job an object starts: its hand-off object in the job bucket, else empty. */
    public Optional<String> jobOf(ObjectCreated object) {
        if (config.bucket().filter(object.bucket()::equals).isEmpty()) {
            return Optional.empty();
        }
        return JobKeys.jobOfTrigger(config.prefix(), object.key());
    }

    public Outcome process(String jobId) {
        try {
            jobs.finish(jobId);
            LOG.infof("Story job %s finished", jobId);
            return Outcome.SUMMARIZED;
        } catch (SummarizerException e) {
            if (e.code().retry().redeliversEvent()) {
                LOG.warnf("Transient failure for story job %s, leaving it for a retry: %s %s", jobId, e.code().code(),
                        e.detail());
                throw e;
            }
            LOG.warnf("Story job %s failed: %s %s", jobId, e.code().code(), e.detail());
            return Outcome.REJECTED;
        }
    }
}
