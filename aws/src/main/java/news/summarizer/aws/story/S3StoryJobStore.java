package news.summarizer.aws.story;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.story.job.JobStatus;
import news.summarizer.core.story.job.StoryJobStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A job as objects under {@code <prefix><job id>/}: {@code request.json} (the POST body), {@code summaries/<hex>.json}
 * (one per article, written as soon as it is made), {@code job.json} (the hand-off: its creation starts the S3
 * function), and {@code story.json} or {@code failed.json}. Every object of an attempt carries the attempt's start
 * ({@value #STARTED}) in its metadata, so a failure of an earlier attempt never hides a restarted job. Only
 * GetObject and PutObject on the prefix are needed: a missing object answers 403 without ListBucket, which reads as
 * absent here.
 */
final class S3StoryJobStore implements StoryJobStore {

    static final String STARTED = "job-started";
    private static final String JSON = "application/json; charset=utf-8";

    private final Supplier<S3Client> clients;
    private final String bucket;
    private final String prefix;
    private volatile S3Client client;

    S3StoryJobStore(Supplier<S3Client> clients, String bucket, String prefix) {
        this.clients = clients;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public void create(String jobId, byte[] request) {
        put(key(jobId, "request.json"), request, Long.toString(System.currentTimeMillis()));
    }

    @Override
    public Optional<byte[]> request(String jobId) {
        return get(key(jobId, "request.json"));
    }

    @Override
    public Optional<JobStatus> status(String jobId) {
        Optional<HeadObjectResponse> request = head(key(jobId, "request.json"));
        if (request.isEmpty()) {
            return Optional.empty();
        }
        String attempt = request.get().metadata().get(STARTED);
        Instant since = attempt == null ? request.get().lastModified() : Instant.ofEpochMilli(Long.parseLong(attempt));
        Optional<byte[]> story = get(key(jobId, "story.json"));
        if (story.isPresent()) {
            return Optional.of(new JobStatus(JobStatus.State.DONE, story.get(), since, true));
        }
        if (ofAttempt(head(key(jobId, "failed.json")), attempt)) {
            Optional<byte[]> failure = get(key(jobId, "failed.json"));
            if (failure.isPresent()) {
                return Optional.of(new JobStatus(JobStatus.State.FAILED, failure.get(), since, true));
            }
        }
        return Optional.of(JobStatus.running(since, ofAttempt(head(key(jobId, JobKeys.TRIGGER)), attempt)));
    }

    @Override
    public Optional<byte[]> summary(String jobId, String articleId) {
        return get(summaryKey(jobId, articleId));
    }

    @Override
    public void saveSummary(String jobId, String articleId, byte[] summary) {
        put(summaryKey(jobId, articleId), summary, null);
    }

    @Override
    public void complete(String jobId, byte[] story) {
        put(key(jobId, "story.json"), story, null);
    }

    @Override
    public void fail(String jobId, byte[] failure) {
        put(key(jobId, "failed.json"), failure, attemptOf(jobId));
    }

    @Override
    public boolean keepsWorking() {
        return false;
    }

    @Override
    public void handOff(String jobId) {
        String attempt = attemptOf(jobId);
        put(key(jobId, JobKeys.TRIGGER), ("{\"job\":\"" + jobId + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), attempt);
    }

    private String attemptOf(String jobId) {
        return head(key(jobId, "request.json")).map(head -> head.metadata().get(STARTED)).orElse(null);
    }

    private static boolean ofAttempt(Optional<HeadObjectResponse> head, String attempt) {
        return head.isPresent() && (attempt == null || attempt.equals(head.get().metadata().get(STARTED)));
    }

    private String key(String jobId, String name) {
        return prefix + jobId + "/" + name;
    }

    /** {@code sha256:<hex>} → {@code summaries/<hex>.json}: no colon in keys. */
    private String summaryKey(String jobId, String articleId) {
        return key(jobId, "summaries/" + articleId.substring(articleId.indexOf(':') + 1) + ".json");
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(client().headObject(b -> b.bucket(bucket).key(key)));
        } catch (S3Exception e) {
            if (absent(e)) {
                return Optional.empty();
            }
            throw unavailable("HEAD", key, e);
        } catch (SdkException e) {
            throw unavailable("HEAD", key, e);
        }
    }

    private Optional<byte[]> get(String key) {
        try {
            return Optional.of(client().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (S3Exception e) {
            if (absent(e)) {
                return Optional.empty();
            }
            throw unavailable("GET", key, e);
        } catch (SdkException e) {
            throw unavailable("GET", key, e);
        }
    }

    private void put(String key, byte[] body, String attempt) {
        Map<String, String> metadata = attempt == null ? Map.of() : Map.of(STARTED, attempt);
        try {
            client().putObject(b -> b.bucket(bucket).key(key).contentType(JSON).metadata(metadata), RequestBody.fromBytes(body));
        } catch (SdkException e) {
            throw unavailable("PUT", key, e);
        }
    }

    /** 404, or 403 where the role may not list the bucket (S3 then hides whether the key exists). */
    private static boolean absent(S3Exception e) {
        return e.statusCode() == 404 || e.statusCode() == 403;
    }

    private SummarizerException unavailable(String operation, String key, Exception e) {
        String reason = e instanceof S3Exception s3e ? "HTTP " + s3e.statusCode() : e.getClass().getSimpleName();
        return new SummarizerException(ErrorCode.STORAGE_UNAVAILABLE,
                operation + " s3://" + bucket + "/" + key + " failed: " + reason, null, e);
    }

    private S3Client client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = clients.get();
                }
            }
        }
        return client;
    }
}
