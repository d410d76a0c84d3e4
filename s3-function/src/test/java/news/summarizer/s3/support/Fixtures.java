package news.summarizer.s3.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import news.summarizer.testing.TestArticles;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Event fixtures from the class path and a view of the test bucket, through a client of the test's own. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String BUCKET = LocalS3AndModel.BUCKET;

    private final S3Client s3;

    public Fixtures(S3Client s3) {
        this.s3 = s3;
    }

    /** A fixture under {@code src/test/resources} or a sample under the repository's {@code events/}. */
    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String oderBridgeAnswer() {
        return resource("model/oderbruecke-answer.json");
    }

    public static byte[] oderBridgeArticle() {
        return TestArticles.text(TestArticles.ODER_BRIDGE).getBytes(StandardCharsets.UTF_8);
    }

    public void put(String key, byte[] body, String contentType) {
        s3.putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(body));
    }

    public void putArticle(String key) {
        put(key, oderBridgeArticle(), "text/plain; charset=utf-8");
    }

    public JsonNode json(String key) {
        try {
            return JSON.readTree(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(BUCKET).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public boolean exists(String key) {
        return head(key).isPresent();
    }

    public Map<String, String> metadata(String key) {
        return head(key).orElseThrow().metadata();
    }

    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(BUCKET).key(key));
    }
}
