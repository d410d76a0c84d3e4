package news.summarizer.aws.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
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
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * GetObject, HeadObject and PutObject of one bucket as SigV4-signed REST requests, from the SDK pieces the
 * functions carry anyway (credentials and region chains, signer, URLConnection client), like {@code SsmParameterClient}:
 * the generated S3 client would add about 4 MB to the HTTP function's function.zip and push it over its budget for
 * three calls on small JSON objects. Keys of story jobs use only letters, digits, '/', '.', '-' and '_', so they need
 * no escaping.
 */
final class S3ObjectClient {

    private static final String SERVICE = "s3";
    private static final String META = "x-amz-meta-";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AwsCredentialsProvider credentials;
    private final String region;
    private final URI bucketUri;
    private final SdkHttpClient http;

    /** An answer: status, headers (lower-case names) and body; status 0 when none arrived. */
    record Answer(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
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

    S3ObjectClient(AwsCredentialsProvider credentials, String region, URI bucketUri) {
        this.credentials = credentials;
        this.region = region;
        this.bucketUri = bucketUri;
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(TIMEOUT).socketTimeout(TIMEOUT).build();
    }

    /**
     * The AWS SDK's standard settings: credentials and region chains, {@code AWS_ENDPOINT_URL_S3} or
     * {@code AWS_ENDPOINT_URL} (system properties {@code aws.endpointUrlS3}, {@code aws.endpointUrl}) for a local
     * S3-compatible server; path-style ({@code http://host/bucket/key}) or virtual-hosted addressing.
     */
    static S3ObjectClient fromEnvironment(String bucket, boolean pathStyle) {
        String region = new DefaultAwsRegionProviderChain().getRegion().id();
        Optional<String> endpoint = setting("aws.endpointUrlS3", "AWS_ENDPOINT_URL_S3")
                .or(() -> setting("aws.endpointUrl", "AWS_ENDPOINT_URL"));
        URI uri;
        if (endpoint.isPresent()) {
            URI base = URI.create(endpoint.get().replaceAll("/+$", ""));
            uri = pathStyle ? URI.create(base + "/" + bucket)
                    : URI.create(base.getScheme() + "://" + bucket + "." + base.getAuthority() + base.getRawPath());
        } else {
            RegionMetadata metadata = RegionMetadata.of(Region.of(region));
            String domain = metadata == null ? "amazonaws.com" : metadata.domain();
            uri = pathStyle ? URI.create("https://s3." + region + "." + domain + "/" + bucket)
                    : URI.create("https://" + bucket + ".s3." + region + "." + domain);
        }
        return new S3ObjectClient(DefaultCredentialsProvider.create(), region, uri);
    }

    private static Optional<String> setting(String systemProperty, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(systemProperty))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }

    Answer get(String key) {
        return call(SdkHttpMethod.GET, key, null, Map.of());
    }

    Answer head(String key) {
        return call(SdkHttpMethod.HEAD, key, null, Map.of());
    }

    Answer put(String key, byte[] body, String contentType, Map<String, String> metadata) {
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Content-Type", contentType);
        metadata.forEach((name, value) -> headers.put(META + name, value));
        return call(SdkHttpMethod.PUT, key, body, headers);
    }

    private Answer call(SdkHttpMethod method, String key, byte[] body, Map<String, String> headers) {
        byte[] payload = body == null ? new byte[0] : body;
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(method)
                .uri(URI.create(bucketUri + "/" + key))
                .putHeader("x-amz-content-sha256", sha256(payload));
        headers.forEach(request::putHeader);
        if (body != null) {
            request.putHeader("Content-Length", Integer.toString(payload.length));
        }
        SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                .identity(credentials.resolveCredentials())
                .request(request.build())
                .payload(body == null ? null : ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                // S3 signs the path as sent: no second encoding, no normalisation
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            byte[] answer = new byte[0];
            if (response.responseBody().isPresent()) {
                try (InputStream in = response.responseBody().get()) {
                    answer = in.readAllBytes();
                }
            }
            return new Answer(response.httpResponse().statusCode(), response.httpResponse().headers(), answer);
        } catch (IOException | UncheckedIOException e) {
            return new Answer(0, Map.of(), new byte[0]);
        }
    }

    private static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
