package news.summarizer.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import news.summarizer.testing.LocalS3;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.options.GetOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.jclouds.http.HttpResponse;
import org.jclouds.http.HttpResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The signed S3 requests against S3Proxy in this JVM with SigV4 checking on (a wrong signature is a 403), plus the
 * checksums against a plain HTTP server on 127.0.0.1, since S3Proxy neither sends nor checks S3's checksums.
 */
class SignedS3ClientTest {

    private static final String BUCKET = "artikel-eingang";
    private static final byte[] JSON = "{\"zusammenfassung\": \"Die Brücke in Görlitz ist fertig.\"}".getBytes(StandardCharsets.UTF_8);

    /** One server for the tests that need no fault: it checks every signature. */
    private static LocalS3 s3;

    @BeforeAll
    static void start() {
        s3 = LocalS3.start(BUCKET, true, store -> store);
    }

    @AfterAll
    static void stop() {
        s3.close();
    }

    @Test
    void should_write_read_and_delete_an_object_when_the_server_checks_every_signature() throws IOException {
        // Without the key's percent-encoding (spaces, '+', parentheses) or the SDK signer's S3 settings, S3Proxy answers 403.
        try (SignedS3Client client = client(s3.endpoint(), LocalS3.SECRET_KEY, false)) {
            // ASCII only: S3Proxy 2.6 computes the signature of a non-ASCII key differently (S3AddressingTest covers its encoding)
            String key = "summaries/2026/Bruecke (Goerlitz) + Stadtrat.json";
            // no charset parameter: S3Proxy's Jetty rewrites "; charset=utf-8" after the signature was computed (AWS does not)
            S3Answer put = client.put(BUCKET, key, JSON, "application/json", Map.of("source-etag", "abc123"));
            assertThat(put.status()).isEqualTo(200);

            S3Answer head = client.head(BUCKET, key, null);
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.contentLength()).isEqualTo(JSON.length);
            assertThat(head.header("Content-Type")).contains("application/json");
            assertThat(head.metadata()).containsEntry("source-etag", "abc123");

            assertThat(client.get(BUCKET, key, null, 1_000).body()).isEqualTo(JSON);
            assertThat(s3.client().getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray()).isEqualTo(JSON);

            assertThat(client.delete(BUCKET, key).ok()).isTrue();
            assertThat(client.head(BUCKET, key, null).status()).isEqualTo(404);
        }
    }

    @Test
    void should_be_refused_when_the_secret_is_wrong() throws IOException {
        // Without it the test above could pass against a server that checks nothing.
        try (SignedS3Client client = client(s3.endpoint(), "not-the-secret", false)) {
            S3Answer put = client.put(BUCKET, "summaries/a.json", JSON, "application/json", Map.of());
            assertThat(put.status()).isEqualTo(403);
            assertThat(put.reason()).startsWith("HTTP 403 ");
        }
    }

    @Test
    void should_name_the_error_and_stop_reading_when_the_object_is_missing_or_too_large() throws IOException {
        // Without the limit an oversized article would be read whole into memory before it is refused.
        try (SignedS3Client client = client(s3.endpoint(), LocalS3.SECRET_KEY, false)) {
            S3Answer missing = client.get(BUCKET, "incoming/fehlt.txt", null, 100);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.errorCode()).isEqualTo("NoSuchKey");
            assertThat(missing.reason()).isEqualTo("HTTP 404 NoSuchKey");

            client.put(BUCKET, "incoming/lang.txt", new byte[500], "text/plain", Map.of());
            S3Answer large = client.get(BUCKET, "incoming/lang.txt", null, 100);
            assertThat(large.ok()).isTrue();
            assertThat(large.contentLength()).isEqualTo(500);
            assertThat(large.body()).isEmpty();
            assertThat(client.get(BUCKET, "incoming/lang.txt", null, 500).body()).hasSize(500);
        }
    }

    @Test
    void should_try_three_times_when_the_server_fails() throws IOException {
        // Without retries a single 503 (S3's "SlowDown") would fail the article; the SDK's client tried three times.
        AtomicInteger reads = new AtomicInteger();
        try (LocalS3 failing = LocalS3.start(BUCKET, false, store -> new ForwardingBlobStore(store) {
                @Override
                public Blob getBlob(String container, String name, GetOptions options) {
                    reads.incrementAndGet();
                    throw new HttpResponseException("simulated slow down", null,
                            HttpResponse.builder().statusCode(503).message("Slow Down").build());
                }
            });
             SignedS3Client client = client(failing.endpoint(), LocalS3.SECRET_KEY, false)) {
            S3Answer answer = client.get(BUCKET, "incoming/a.txt", null, 100);
            assertThat(answer.status()).isEqualTo(503);
            assertThat(reads).hasValue(SignedS3Client.MAX_ATTEMPTS);
        }
    }

    @Test
    void should_send_the_upload_crc32_and_check_the_download_against_the_checksum_s3_sends() throws IOException {
        // Without them an upload or a download corrupted on the way would go unnoticed (the SDK's defaults since 2.30).
        List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
        byte[] body = "Ein Artikel.".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(Map.copyOf(exchange.getRequestHeaders()));
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET")) {
                if (path.endsWith("crc64.txt")) {
                    exchange.getResponseHeaders().add("x-amz-checksum-crc64nvme", "AAAAAAAAAAA=");
                } else {
                    exchange.getResponseHeaders().add("x-amz-checksum-crc32", path.endsWith("kaputt.txt") ? "AAAAAA==" : crc32(body));
                }
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
        try (SignedS3Client client = client("http://127.0.0.1:" + server.getAddress().getPort(), "secret", true)) {
            client.put(BUCKET, "summaries/a.json", JSON, "application/json", Map.of());
            assertThat(requests.get(0).get("X-amz-checksum-crc32")).containsExactly(crc32(JSON));

            assertThat(client.get(BUCKET, "incoming/heil.txt", null, 100).body()).isEqualTo(body);
            assertThat(requests.get(1).get("X-amz-checksum-mode")).containsExactly("ENABLED");
            assertThatThrownBy(() -> client.get(BUCKET, "incoming/kaputt.txt", null, 100))
                    .isInstanceOf(IOException.class).hasMessageContaining("crc32");
            assertThat(requests).hasSize(2 + SignedS3Client.MAX_ATTEMPTS);
            // CRC64NVME needs the AWS CRT library, which the functions do not carry: unchecked, as by the SDK's client
            assertThat(client.get(BUCKET, "incoming/crc64.txt", null, 100).body()).isEqualTo(body);
        } finally {
            server.stop(0);
        }
    }

    private static SignedS3Client client(String endpoint, String secret, boolean checksums) {
        return new SignedS3Client(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY, secret)),
                new S3Addressing(URI.create(endpoint), "us-east-1", true), UrlConnectionHttpClient.builder().build(),
                checksums, checksums);
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        long value = crc.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }
}
