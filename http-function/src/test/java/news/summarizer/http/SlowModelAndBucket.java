package news.summarizer.http;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.StoryAnswers;
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
 * The deployed shape of story jobs, in this JVM: the job bucket on a real S3-compatible server (S3Proxy, transient
 * store, 127.0.0.1) and a slow model (the OpenAI-compatible fake, {@link #CALL} per call) that answers each article
 * and the fusion by content. The wait is short, so a story of three articles cannot finish within it.
 */
public class SlowModelAndBucket implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "story-jobs";
    /** One model call; with the wait below, two articles at once finish inside it and a third could not. */
    static final Duration CALL = Duration.ofSeconds(3);
    static final String WAIT = "5s";
    private static final String REGION = "us-east-1";
    private static final String ACCESS_KEY = "test-access-key";
    private static final String SECRET_KEY = "test-secret-key";

    private static FakeOpenAiServer model;
    private static S3Client client;
    private S3Proxy s3;

    static FakeOpenAiServer model() {
        return model;
    }

    static S3Client bucket() {
        return client;
    }

    @Override
    public Map<String, String> start() {
        model = FakeOpenAiServer.start();
        model.answerWith(StoryAnswers.slowModel(CALL));
        BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        s3 = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                // Signatures are checked: the job store signs its requests itself (no S3 client), so a wrong one fails here.
                .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY).build();
        try {
            s3.start();
            while (!s3.getState().equals("STARTED")) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        String endpoint = "http://127.0.0.1:" + s3.getPort();
        // The function finds S3 the standard SDK way (the same settings as the AWS_* environment variables).
        System.setProperty("aws.endpointUrlS3", endpoint);
        System.setProperty("aws.region", REGION);
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        System.setProperty("aws.requestChecksumCalculation", "when_required");
        System.setProperty("aws.responseChecksumValidation", "when_required");
        client = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).forcePathStyle(true).build();
        client.createBucket(b -> b.bucket(BUCKET));
        return Map.ofEntries(
                Map.entry("summarizer.provider", "openai"),
                Map.entry("summarizer.openai.base-url", model.baseUrl()),
                Map.entry("summarizer.openai.api-key", "test-key"),
                Map.entry("summarizer.openai.model", "test-model"),
                Map.entry("summarizer.openai.timeout", "10s"),
                Map.entry("summarizer.model.retries", "0"),
                // The model path's code is loaded at start-up, not during the first timed call of a test.
                Map.entry("summarizer.model.warm-up", "always"),
                Map.entry("summarizer.story.bucket", BUCKET),
                Map.entry("summarizer.story.path-style", "true"),
                Map.entry("summarizer.story.wait", WAIT),
                Map.entry("summarizer.story.concurrency", "2"),
                Map.entry("summarizer.story.retry-after", "1s"));
    }

    @Override
    public void stop() {
        for (String property : new String[] {"aws.endpointUrlS3", "aws.region", "aws.accessKeyId", "aws.secretAccessKey",
            "aws.requestChecksumCalculation", "aws.responseChecksumValidation"}) {
            System.clearProperty(property);
        }
        if (client != null) {
            client.close();
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
