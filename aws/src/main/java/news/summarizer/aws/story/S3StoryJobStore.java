package news.summarizer.aws.story;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.story.job.JobStatus;
import news.summarizer.core.story.job.StoryJobStore;

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
    /** JSON is UTF-8 by definition (RFC 8259); a charset parameter only risks a signature mismatch with proxies that rewrite it. */
    private static final String JSON = "application/json";

    private final Supplier<S3ObjectClient> clients;
    private final String bucket;
    private final String prefix;
    private volatile S3ObjectClient client;

    S3StoryJobStore(Supplier<S3ObjectClient> clients, String bucket, String prefix) {
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
        Optional<S3ObjectClient.Answer> request = head(key(jobId, "request.json"));
        if (request.isEmpty()) {
            return Optional.empty();
        }
        String attempt = request.get().metadata(STARTED).orElse(null);
        Instant since = attempt != null ? Instant.ofEpochMilli(Long.parseLong(attempt))
                : request.get().lastModified().orElse(Instant.EPOCH);
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
        return head(key(jobId, "request.json")).flatMap(head -> head.metadata(STARTED)).orElse(null);
    }

    private static boolean ofAttempt(Optional<S3ObjectClient.Answer> head, String attempt) {
        return head.isPresent() && (attempt == null || attempt.equals(head.get().metadata(STARTED).orElse(null)));
    }

    private String key(String jobId, String name) {
        return prefix + jobId + "/" + name;
    }

    /** {@code sha256:<hex>} → {@code summaries/<hex>.json}: no colon in keys. */
    private String summaryKey(String jobId, String articleId) {
        return key(jobId, "summaries/" + articleId.substring(articleId.indexOf(':') + 1) + ".json");
    }

    private Optional<S3ObjectClient.Answer> head(String key) {
        return found("HEAD", key, client().head(key));
    }

    private Optional<byte[]> get(String key) {
        return found("GET", key, client().get(key)).map(S3ObjectClient.Answer::body);
    }

    private void put(String key, byte[] body, String attempt) {
        S3ObjectClient.Answer answer = client().put(key, body, JSON, attempt == null ? Map.of() : Map.of(STARTED, attempt));
        if (answer.status() != 200) {
            throw unavailable("PUT", key, answer);
        }
    }

    /**
     * The answer when the object exists; empty for 404, or 403 where the role may not list the bucket (S3 then hides
     * whether the key exists); anything else is the store being unavailable.
     */
    private Optional<S3ObjectClient.Answer> found(String operation, String key, S3ObjectClient.Answer answer) {
        if (answer.status() == 200) {
            return Optional.of(answer);
        }
        if (answer.status() == 404 || answer.status() == 403) {
            return Optional.empty();
        }
        throw unavailable(operation, key, answer);
    }

    /** S3's error code ({@code <Code>AccessDenied</Code>}) says what went wrong without S3's message. */
    private SummarizerException unavailable(String operation, String key, S3ObjectClient.Answer answer) {
        String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        int start = body.indexOf("<Code>");
        int end = body.indexOf("</Code>");
        String code = start >= 0 && end > start ? " " + body.substring(start + 6, end) : "";
        return new SummarizerException(ErrorCode.STORAGE_UNAVAILABLE, operation + " s3://" + bucket + "/" + key
                + " failed: " + (answer.status() == 0 ? "no answer" : "HTTP " + answer.status() + code));
    }

    private S3ObjectClient client() {
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
