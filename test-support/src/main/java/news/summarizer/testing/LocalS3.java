package news.summarizer.testing;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the functions' tests: S3Proxy in this JVM, transient store, 127.0.0.1, a random port,
 * one bucket. The function under test finds it the standard SDK way: {@code aws.endpointUrlS3}, {@code aws.region} and
 * credentials as system properties (the same settings as the AWS_* environment variables), which {@link #stop} clears.
 * {@link #client()} is the test's own view of the bucket.
 */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";
    private static final String REGION = "us-east-1";
    private static final List<String> PROPERTIES = List.of("aws.endpointUrlS3", "aws.region", "aws.accessKeyId",
            "aws.secretAccessKey", "aws.requestChecksumCalculation", "aws.responseChecksumValidation");

    private final S3Proxy server;
    private final S3Client client;

    private LocalS3(S3Proxy server, S3Client client) {
        this.server = server;
        this.client = client;
    }

    /**
     * Starts the server with {@code bucket}. {@code checkSignatures}: S3Proxy verifies SigV4 (for code that signs its
     * own requests); off, requests are still signed but not checked (S3Proxy 2.6 computes signatures of keys with
     * non-ASCII characters differently: 403 on PUT). {@code store} may wrap the transient blob store (to make keys fail).
     */
    public static LocalS3 start(String bucket, boolean checkSignatures, UnaryOperator<BlobStore> store) {
        BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        S3Proxy server = S3Proxy.builder().blobStore(store.apply(context.getBlobStore()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(checkSignatures ? AuthenticationType.AWS_V4 : AuthenticationType.NONE,
                        checkSignatures ? ACCESS_KEY : null, checkSignatures ? SECRET_KEY : null)
                .build();
        try {
            server.start();
            while (!server.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        String endpoint = "http://127.0.0.1:" + server.getPort();
        System.setProperty("aws.endpointUrlS3", endpoint);
        System.setProperty("aws.region", REGION);
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        // S3Proxy predates the SDK's default CRC checksums on every upload (AWS_REQUEST_CHECKSUM_CALCULATION)
        System.setProperty("aws.requestChecksumCalculation", "when_required");
        System.setProperty("aws.responseChecksumValidation", "when_required");
        S3Client client = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).forcePathStyle(true).build();
        client.createBucket(b -> b.bucket(bucket));
        return new LocalS3(server, client);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public S3Client client() {
        return client;
    }

    /** Clears the system properties, closes the client and stops the server. */
    @Override
    public void close() {
        PROPERTIES.forEach(System::clearProperty);
        client.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }
}
