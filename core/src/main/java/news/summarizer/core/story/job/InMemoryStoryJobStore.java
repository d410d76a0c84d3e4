package news.summarizer.core.story.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jobs in this process's memory: dev mode, tests, and any server that keeps running after it answered. Work goes
 * on in this process, so nothing is ever handed off; the jobs are gone with the process.
 */
public final class InMemoryStoryJobStore implements StoryJobStore {

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Override
    public void create(String jobId, byte[] request) {
        jobs.put(jobId, new Job(request, Instant.now(clock)));
    }

    @Override
    public Optional<byte[]> request(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(Job::request);
    }

    @Override
    public Optional<JobStatus> status(String jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            return Optional.empty();
        }
        if (job.story != null) {
            return Optional.of(new JobStatus(JobStatus.State.DONE, job.story, job.since, false));
        }
        if (job.failure != null) {
            return Optional.of(new JobStatus(JobStatus.State.FAILED, job.failure, job.since, false));
        }
        return Optional.of(JobStatus.running(job.since, false));
    }

    @Override
    public Optional<byte[]> summary(String jobId, String articleId) {
        return Optional.ofNullable(jobs.get(jobId)).map(job -> job.summaries.get(articleId));
    }

    @Override
    public void saveSummary(String jobId, String articleId, byte[] summary) {
        job(jobId).summaries.put(articleId, summary);
    }

    @Override
    public void complete(String jobId, byte[] story) {
        job(jobId).story = story;
    }

    @Override
    public void fail(String jobId, byte[] failure) {
        job(jobId).failure = failure;
    }

    @Override
    public boolean keepsWorking() {
        return true;
    }

    @Override
    public void handOff(String jobId) {
        throw new IllegalStateException("A job in memory is finished where it started");
    }

    private Job job(String jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalStateException("No job " + jobId);
        }
        return job;
    }

    private static final class Job {
        final byte[] request;
        final Instant since;
        final Map<String, byte[]> summaries = new ConcurrentHashMap<>();
        volatile byte[] story;
        volatile byte[] failure;

        Job(byte[] request, Instant since) {
            this.request = request;
            this.since = since;
        }

        byte[] request() {
            return request;
        }
    }
}
