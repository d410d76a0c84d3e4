package news.summarizer.s3.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;
import news.summarizer.testing.FakeOpenAiServer;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Starts a real S3-compatible server (S3Proxy, in this JVM, transient store, 127.0.0.1) and the
 * fake OpenAI-compatible model server. The function finds S3 the standard SDK way: {@code aws.endpointUrlS3},
 * {@code aws.region} and credentials as system properties (the same settings as the AWS_* environment variables).
 */
public class LocalS3AndModel implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "artikel-eingang";
    static final String ACCESS_KEY = "test-access-key";
    static final String SECRET_KEY = "test-secret-key";
    private static final String REGION = "us-east-1";

    private S3Proxy s3;
    private FakeOpenAiServer model;
    private S3Client testClient;

    @Override
    public Map<String, String> start() {
        model = FakeOpenAiServer.start();
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .build(BlobStoreContext.class);
        s3 = S3Proxy.builder()
                .blobStore(new UnreadableKeys(context.getBlobStore()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                // S3Proxy 2.6 computes SigV4 signatures differently for keys with non-ASCII characters (403
                // SignatureDoesNotMatch on PUT); requests are still signed by the SDK, S3Proxy just does not check them
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .build();
        try {
            s3.start();
            while (!s3.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        String endpoint = "http://127.0.0.1:" + s3.getPort();
        System.setProperty("aws.endpointUrlS3", endpoint);
        System.setProperty("aws.region", REGION);
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        // S3Proxy predates the SDK's default CRC checksums on every upload (AWS_REQUEST_CHECKSUM_CALCULATION)
        System.setProperty("aws.requestChecksumCalculation", "when_required");
        System.setProperty("aws.responseChecksumValidation", "when_required");
        testClient = S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(true)
                .build();
        testClient.createBucket(b -> b.bucket(BUCKET));
        return Map.of(
                "summarizer.provider", "openai",
                "summarizer.openai.base-url", model.baseUrl(),
                "summarizer.openai.api-key", "test",
                "summarizer.openai.model", "test-model",
                "summarizer.model.retries", "0",
                "summarizer.model.initial-backoff", "10ms",
                "summarizer.s3.path-style", "true",
                // The fake answers in the order it is asked: one article at a time reaches the answer written for it.
                "summarizer.story.concurrency", "1");
    }

    /** The model fake, for tests that start this resource themselves (the packaged function's test). */
    public FakeOpenAiServer model() {
        return model;
    }

    public S3Client client() {
        return testClient;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + s3.getPort();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(model, new TestInjector.AnnotatedAndMatchesType(InjectFakes.class, FakeOpenAiServer.class));
        injector.injectIntoFields(testClient, new TestInjector.AnnotatedAndMatchesType(InjectFakes.class, S3Client.class));
    }

    @Override
    public void stop() {
        for (String property : new String[] {"aws.endpointUrlS3", "aws.region", "aws.accessKeyId", "aws.secretAccessKey",
            "aws.requestChecksumCalculation", "aws.responseChecksumValidation"}) {
            System.clearProperty(property);
        }
        if (testClient != null) {
            testClient.close();
        }
        if (model != null) {
            model.close();
        }
        try {
            if (s3 != null) {
                s3.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }
}
