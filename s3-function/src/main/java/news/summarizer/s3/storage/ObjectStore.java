package news.summarizer.s3.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import news.summarizer.aws.s3.S3Answer;
import news.summarizer.aws.s3.SignedS3Client;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.s3.event.ObjectCreated;

/**
 * The S3 operations the function needs. Every failure leaves here as a {@link SummarizerException}: a missing
 * source object is {@code SOURCE_NOT_FOUND} (permanent), anything else (throttling, 5xx, network, access) is
 * {@code STORAGE_UNAVAILABLE} (transient, so the event is retried and finally dead-lettered, never dropped).
 */
@ApplicationScoped
public class ObjectStore {

    private static final String JSON_UTF8 = "application/json; charset=utf-8";

    private final SignedS3Client s3;

    public ObjectStore(SignedS3Client s3) {
        this.s3 = s3;
    }

    /**
     * A result object's head, or empty when there is none. 403 counts as none: without {@code s3:ListBucket}, S3
     * answers 403 for a missing key, and a role that may not read a prefix simply loses the duplicate check there
     * (the work is redone, never lost).
     */
    public Optional<ObjectHead> head(String bucket, String key) {
        S3Answer answer = call("HEAD", bucket, key, () -> s3.head(bucket, key, null));
        if (answer.status() == 404 || answer.status() == 403) {
            return Optional.empty();
        }
        return Optional.of(headOf(succeeded("HEAD", bucket, key, answer)));
    }

    /** The source object's head (HEAD of the version the event names). */
    public ObjectHead headSource(ObjectCreated source) {
        S3Answer answer = call("HEAD", source.bucket(), source.key(), () -> s3.head(source.bucket(), source.key(), source.versionId()));
        if (answer.status() == 404) {
            throw notFound(source);
        }
        return headOf(succeeded("HEAD", source.bucket(), source.key(), answer));
    }

    /** Downloads the source object, refusing (without reading the body) one larger than {@code maxBytes}. */
    public StoredObject getSource(ObjectCreated source, long maxBytes) {
        S3Answer answer = call("GET", source.bucket(), source.key(),
                () -> s3.get(source.bucket(), source.key(), source.versionId(), maxBytes));
        if (answer.status() == 404) {
            throw notFound(source);
        }
        succeeded("GET", source.bucket(), source.key(), answer);
        if (answer.contentLength() > maxBytes) {
            throw tooLarge(answer.contentLength(), maxBytes);
        }
        if (answer.body().length > maxBytes) {
            throw tooLarge(answer.body().length, maxBytes);
        }
        ObjectHead head = headOf(answer);
        return new StoredObject(answer.body(), new ObjectHead(answer.body().length, head.contentType(), head.eTag(),
                head.versionId(), head.metadata()));
    }

    public byte[] getBytes(String bucket, String key) {
        return succeeded("GET", bucket, key, call("GET", bucket, key, () -> s3.get(bucket, key, null, Integer.MAX_VALUE - 9))).body();
    }

    /** Writes a UTF-8 JSON document with user metadata. */
    public void putJson(String bucket, String key, byte[] json, Map<String, String> metadata) {
        succeeded("PUT", bucket, key, call("PUT", bucket, key, () -> s3.put(bucket, key, json, JSON_UTF8, metadata)));
    }

    public void delete(String bucket, String key) {
        succeeded("DELETE", bucket, key, call("DELETE", bucket, key, () -> s3.delete(bucket, key)));
    }

    /** One request; no answer at all (network, timeout, a body that failed its checksum) is {@code STORAGE_UNAVAILABLE}. */
    private static S3Answer call(String operation, String bucket, String key, Request request) {
        try {
            return request.send();
        } catch (IOException | UncheckedIOException e) {
            throw unavailable(operation, bucket, key, e.getClass().getSimpleName(), e);
        }
    }

    private static S3Answer succeeded(String operation, String bucket, String key, S3Answer answer) {
        if (!answer.ok()) {
            throw unavailable(operation, bucket, key, answer.reason(), null);
        }
        return answer;
    }

    /** A request to S3 (an interface of our own: the client's methods throw IOException). */
    private interface Request {
        S3Answer send() throws IOException;
    }

    private static ObjectHead headOf(S3Answer answer) {
        return new ObjectHead(answer.contentLength(), answer.header("Content-Type").orElse(null),
                answer.header("ETag").orElse(null), answer.header("x-amz-version-id").orElse(null), answer.metadata());
    }

    private static SummarizerException notFound(ObjectCreated source) {
        return new SummarizerException(ErrorCode.SOURCE_NOT_FOUND, "There is no object " + source);
    }

    /** {@code ARTICLE_TOO_LARGE} for an object of {@code size} bytes. */
    public static SummarizerException tooLarge(long size, long maxBytes) {
        return new SummarizerException(ErrorCode.ARTICLE_TOO_LARGE,
                "The object has " + size + " bytes; the limit is " + maxBytes + " bytes");
    }

    private static SummarizerException unavailable(String operation, String bucket, String key, String reason, Exception e) {
        return new SummarizerException(ErrorCode.STORAGE_UNAVAILABLE,
                operation + " s3://" + bucket + "/" + key + " failed: " + reason, null, e);
    }
}
