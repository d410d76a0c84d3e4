package news.summarizer.aws.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * HEAD, GET, PUT and DELETE of S3 objects as SigV4-signed REST requests, built from the SDK's own pieces: its
 * credentials and region chains, its SigV4 signer (which also computes the upload's CRC32), its checksums and its
 * URLConnection client. Why not the SDK's generated S3 client: on a cold start, building it and making its first calls
 * cost 600-700 ms of CPU in a fresh JVM (its signing-region look-up alone loads the metadata of every AWS service, 481
 * classes, 140 ms; then 2,200 classes of endpoint rules, interceptors, XML protocol and model), against 150-200 ms for
 * these requests (docs/performance.md, "The S3 function's S3 client"); no builder option skips those parts.
 * <p>
 * What the S3 client did and this does too: the SDK's endpoint settings ({@link S3Addressing}), up to three attempts
 * with exponential backoff and jitter for throttling, server errors and broken connections (all four calls are
 * idempotent), a CRC32 of every upload that S3 verifies, and a check of a GET's body against the full-object checksum S3
 * sends back, both unless {@code AWS_REQUEST_CHECKSUM_CALCULATION} / {@code AWS_RESPONSE_CHECKSUM_VALIDATION} (system
 * properties {@code aws.requestChecksumCalculation}, {@code aws.responseChecksumValidation}) say {@code when_required},
 * as for local servers that predate S3's checksums. Not done (the functions never need it): access points and ARNs as
 * bucket names, S3 Express buckets, multipart uploads, the settings in the profile file beyond credentials and region.
 */
public final class SignedS3Client implements AutoCloseable {

    static final int MAX_ATTEMPTS = 3;
    private static final long BASE_DELAY_MILLIS = 100;

    private final AwsCredentialsProvider credentials;
    private final S3Addressing addressing;
    private final SdkHttpClient http;
    private final boolean uploadChecksums;
    private final boolean validateDownloads;

    SignedS3Client(AwsCredentialsProvider credentials, S3Addressing addressing, SdkHttpClient http,
            boolean uploadChecksums, boolean validateDownloads) {
        this.credentials = credentials;
        this.addressing = addressing;
        this.http = http;
        this.uploadChecksums = uploadChecksums;
        this.validateDownloads = validateDownloads;
    }

    /**
     * With the SDK's standard settings: credentials, region, endpoint and checksum settings as the S3 client read them,
     * and its URLConnection client's timeouts (2 s to connect, 30 s per read).
     */
    public static SignedS3Client fromEnvironment(boolean pathStyle) {
        return fromEnvironment(pathStyle, UrlConnectionHttpClient.builder());
    }

    /** The same with {@code timeout} to connect and per read (the HTTP function must answer within 30 s). */
    public static SignedS3Client fromEnvironment(boolean pathStyle, Duration timeout) {
        return fromEnvironment(pathStyle, UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout));
    }

    private static SignedS3Client fromEnvironment(boolean pathStyle, UrlConnectionHttpClient.Builder http) {
        String region = new DefaultAwsRegionProviderChain().getRegion().id();
        return new SignedS3Client(DefaultCredentialsProvider.create(), S3Addressing.fromEnvironment(region, pathStyle),
                http.build(),
                !whenRequired(SdkSystemSetting.AWS_REQUEST_CHECKSUM_CALCULATION),
                !whenRequired(SdkSystemSetting.AWS_RESPONSE_CHECKSUM_VALIDATION));
    }

    /** The signing region (from the region chain). */
    public String region() {
        return addressing.region();
    }

    public S3Answer head(String bucket, String key, String versionId) throws IOException {
        return call(SdkHttpMethod.HEAD, bucket, key, versionId, null, Map.of(), Long.MAX_VALUE);
    }

    /**
     * The object, its body read up to {@code maxBytes + 1} bytes (so that a caller sees it is larger), none at all when
     * its announced length is already larger. The body is checked against S3's checksum only when read to its end.
     */
    public S3Answer get(String bucket, String key, String versionId, long maxBytes) throws IOException {
        return call(SdkHttpMethod.GET, bucket, key, versionId, null,
                validateDownloads ? Map.of("x-amz-checksum-mode", "ENABLED") : Map.of(), maxBytes);
    }

    public S3Answer put(String bucket, String key, byte[] body, String contentType, Map<String, String> metadata)
            throws IOException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType);
        metadata.forEach((name, value) -> headers.put("x-amz-meta-" + name, value));
        return call(SdkHttpMethod.PUT, bucket, key, null, body, headers, Long.MAX_VALUE);
    }

    public S3Answer delete(String bucket, String key) throws IOException {
        return call(SdkHttpMethod.DELETE, bucket, key, null, null, Map.of(), Long.MAX_VALUE);
    }

    private S3Answer call(SdkHttpMethod method, String bucket, String key, String versionId, byte[] body,
            Map<String, String> headers, long maxBytes) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                S3Answer answer = attempt(method, bucket, key, versionId, body, headers, maxBytes);
                if (attempt == MAX_ATTEMPTS || !retryable(answer)) {
                    return answer;
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
                }
            }
            backOff(attempt);
        }
    }

    private S3Answer attempt(SdkHttpMethod method, String bucket, String key, String versionId, byte[] body,
            Map<String, String> headers, long maxBytes) throws IOException {
        SdkHttpRequest.Builder request = addressing.request(bucket, key).method(method);
        if (versionId != null) {
            request.putRawQueryParameter("versionId", versionId);
        }
        headers.forEach(request::putHeader);
        if (body != null) {
            request.putHeader("Content-Length", Integer.toString(body.length));
        }
        SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> {
            sign.identity(credentials.resolveCredentials())
                    .request(request.build())
                    .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, addressing.region())
                    // S3 signs the path as sent: no second encoding, no normalisation (a key may hold "//" or "./")
                    .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false);
            if (body != null && uploadChecksums) {
                // the signer adds x-amz-checksum-crc32 of the body, which S3 checks before it stores the object
                sign.putProperty(AwsV4FamilyHttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32);
            }
        });
        HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                .request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null))
                .build()).call();
        int status = response.httpResponse().statusCode();
        Map<String, List<String>> answerHeaders = response.httpResponse().headers();
        S3Answer head = new S3Answer(status, answerHeaders, new byte[0]);
        if (response.responseBody().isEmpty()) {
            return head;
        }
        try (InputStream in = response.responseBody().get()) {
            boolean success = status >= 200 && status < 300;
            if (success && head.contentLength() > maxBytes) {
                return head;
            }
            // one byte over the limit shows that the object is larger (HEAD, PUT, DELETE pass no limit: Long.MAX_VALUE)
            byte[] read = in.readNBytes(success ? (int) Math.min(Integer.MAX_VALUE - 9L, maxBytes) + 1 : 64 * 1024);
            if (validateDownloads && success && method == SdkHttpMethod.GET && read.length <= maxBytes) {
                DownloadChecksum.check(head, read);
            }
            return new S3Answer(status, answerHeaders, read);
        }
    }

    /** As the SDK's standard retry mode: throttling, server errors, S3's request timeout. */
    private static boolean retryable(S3Answer answer) {
        int status = answer.status();
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504
                || (status == 400 && "RequestTimeout".equals(answer.errorCode()));
    }

    /** Exponential backoff with full jitter: up to 100, then 200 ms. */
    private static void backOff(int attempt) throws IOException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(BASE_DELAY_MILLIS << (attempt - 1)) + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to retry", e);
        }
    }

    private static boolean whenRequired(SdkSystemSetting setting) {
        return setting.getStringValue().map(value -> value.trim().toLowerCase(Locale.ROOT).equals("when_required")).orElse(false);
    }

    @Override
    public void close() {
        http.close();
    }
}
