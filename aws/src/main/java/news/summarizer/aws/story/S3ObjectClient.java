package news.summarizer.aws.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.summarizer.aws.s3.S3Answer;
import news.summarizer.aws.s3.SignedS3Client;

/**
 * GetObject, HeadObject and PutObject of one bucket through {@link SignedS3Client} (the generated S3 client would add
 * about 4 MB to the HTTP function's function.zip and 0.4-0.5 s of CPU to a cold start for three calls on small JSON
 * objects). No answer at all (network, timeout) is status 0.
 */
final class S3ObjectClient {

    private static final String META = "x-amz-meta-";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SignedS3Client s3;
    private final String bucket;

    /** An answer: status, headers (lower-case names) and body; status 0 when none arrived. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        Optional<String> metadata(String name) {
            return header(META + name);
        }

        Optional<Instant> lastModified() {
            try {
                return header("Last-Modified").map(value -> ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    S3ObjectClient(SignedS3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * The AWS SDK's standard settings: credentials and region chains, {@code AWS_ENDPOINT_URL_S3} or
     * {@code AWS_ENDPOINT_URL} (system properties {@code aws.endpointUrlS3}, {@code aws.endpointUrl}) for a local
     * S3-compatible server; path-style ({@code http://host/bucket/key}) or virtual-hosted addressing.
     */
    static S3ObjectClient fromEnvironment(String bucket, boolean pathStyle) {
        return new S3ObjectClient(SignedS3Client.fromEnvironment(pathStyle, TIMEOUT), bucket);
    }

    Answer get(String key) {
        return call(() -> s3.get(bucket, key, null, Integer.MAX_VALUE - 9));
    }

    Answer head(String key) {
        return call(() -> s3.head(bucket, key, null));
    }

    Answer put(String key, byte[] body, String contentType, Map<String, String> metadata) {
        return call(() -> s3.put(bucket, key, body, contentType, metadata));
    }

    private static Answer call(Request request) {
        try {
            S3Answer answer = request.send();
            return new Answer(answer.status(), answer.headers(), answer.body());
        } catch (IOException | UncheckedIOException e) {
            return new Answer(0, Map.of(), new byte[0]);
        }
    }

    /** A request to S3 (the client's methods throw IOException). */
    private interface Request {
        S3Answer send() throws IOException;
    }
}
