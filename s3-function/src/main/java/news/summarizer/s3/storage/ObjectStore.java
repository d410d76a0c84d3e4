package news.summarizer.s3.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.s3.event.ObjectCreated;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 operations the function needs. Every SDK failure leaves here as a {@link SummarizerException}: a missing
 * source object is {@code SOURCE_NOT_FOUND} (permanent), anything else (throttling, 5xx, network, access) is
 * {@code STORAGE_UNAVAILABLE} (transient, so the event is retried and finally dead-lettered, never dropped).
 */
@ApplicationScoped
public class ObjectStore {

    private static final String JSON_UTF8 = "application/json; charset=utf-8";

    private final S3Client s3;

    public ObjectStore(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * A result object's head, or empty when there is none. 403 counts as none: without {@code s3:ListBucket}, S3
     * answers 403 for a missing key, and a role that may not read a prefix simply loses the duplicate check there
     * (the work is redone, never lost).
     */
    public Optional<ObjectHead> head(String bucket, String key) {
        try {
            return Optional.of(headOf(s3.headObject(b -> b.bucket(bucket).key(key))));
        } catch (S3Exception e) {
            if (e.statusCode() == 404 || e.statusCode() == 403) {
                return Optional.empty();
            }
            throw unavailable("HEAD", bucket, key, e);
        } catch (SdkException e) {
            throw unavailable("HEAD", bucket, key, e);
        }
    }

    /** The source object's head (HEAD of the version the event names). */
    public ObjectHead headSource(ObjectCreated source) {
        try {
            return headOf(s3.headObject(b -> b.bucket(source.bucket()).key(source.key()).versionId(source.versionId())));
        } catch (S3Exception e) {
            throw e.statusCode() == 404 ? notFound(source) : unavailable("HEAD", source.bucket(), source.key(), e);
        } catch (SdkException e) {
            throw unavailable("HEAD", source.bucket(), source.key(), e);
        }
    }

    /** Downloads the source object, refusing (without reading the body) one larger than {@code maxBytes}. */
    public StoredObject getSource(ObjectCreated source, long maxBytes) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(
                b -> b.bucket(source.bucket()).key(source.key()).versionId(source.versionId()))) {
            GetObjectResponse response = in.response();
            if (response.contentLength() != null && response.contentLength() > maxBytes) {
                in.abort();
                throw tooLarge(response.contentLength(), maxBytes);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                in.abort();
                throw tooLarge(body.length, maxBytes);
            }
            ObjectHead head = new ObjectHead(body.length, response.contentType(), response.eTag(), response.versionId(),
                    response.metadata());
            return new StoredObject(body, head);
        } catch (NoSuchKeyException e) {
            throw notFound(source);
        } catch (S3Exception e) {
            throw e.statusCode() == 404 ? notFound(source) : unavailable("GET", source.bucket(), source.key(), e);
        } catch (SdkException | IOException e) {
            throw unavailable("GET", source.bucket(), source.key(), e);
        }
    }

    public byte[] getBytes(String bucket, String key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (SdkException e) {
            throw unavailable("GET", bucket, key, e);
        }
    }

    /** Writes a UTF-8 JSON document with user metadata. */
    public void putJson(String bucket, String key, byte[] json, Map<String, String> metadata) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(JSON_UTF8).metadata(metadata), RequestBody.fromBytes(json));
        } catch (SdkException e) {
            throw unavailable("PUT", bucket, key, e);
        }
    }

    public void delete(String bucket, String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw unavailable("DELETE", bucket, key, e);
        }
    }

    private static ObjectHead headOf(HeadObjectResponse response) {
        return new ObjectHead(response.contentLength() == null ? -1 : response.contentLength(), response.contentType(),
                response.eTag(), response.versionId(), response.metadata());
    }

    private static SummarizerException notFound(ObjectCreated source) {
        return new SummarizerException(ErrorCode.SOURCE_NOT_FOUND, "There is no object " + source);
    }

    /** {@code ARTICLE_TOO_LARGE} for an object of {@code size} bytes. */
    public static SummarizerException tooLarge(long size, long maxBytes) {
        return new SummarizerException(ErrorCode.ARTICLE_TOO_LARGE,
                "The object has " + size + " bytes; the limit is " + maxBytes + " bytes");
    }

    private static SummarizerException unavailable(String operation, String bucket, String key, Exception e) {
        String reason = e.getClass().getSimpleName();
        if (e instanceof S3Exception s3e) {
            String code = s3e.awsErrorDetails() == null ? null : s3e.awsErrorDetails().errorCode();
            reason = "HTTP " + s3e.statusCode() + (code == null ? "" : " " + code);
        }
        return new SummarizerException(ErrorCode.STORAGE_UNAVAILABLE,
                operation + " s3://" + bucket + "/" + key + " failed: " + reason, null, e);
    }
}
