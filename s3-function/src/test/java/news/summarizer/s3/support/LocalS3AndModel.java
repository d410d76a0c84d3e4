package news.summarizer.s3.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.LocalS3;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Starts a real S3-compatible server (S3Proxy, in this JVM, transient store, 127.0.0.1) and the
 * fake OpenAI-compatible model server. The function finds S3 the standard SDK way: {@code aws.endpointUrlS3},
 * {@code aws.region} and credentials as system properties (the same settings as the AWS_* environment variables).
 */
public class LocalS3AndModel implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "artikel-eingang";

    private LocalS3 s3;
    private FakeOpenAiServer model;

    @Override
    public Map<String, String> start() {
        model = FakeOpenAiServer.start();
        // Signatures unchecked: S3Proxy 2.6 computes them differently for keys with non-ASCII characters.
        s3 = LocalS3.start(BUCKET, false, UnreadableKeys::new);
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
        return s3.client();
    }

    public String endpoint() {
        return s3.endpoint();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(model, new TestInjector.AnnotatedAndMatchesType(InjectFakes.class, FakeOpenAiServer.class));
        injector.injectIntoFields(s3.client(), new TestInjector.AnnotatedAndMatchesType(InjectFakes.class, S3Client.class));
    }

    @Override
    public void stop() {
        if (s3 != null) {
            s3.close();
        }
        if (model != null) {
            model.close();
        }
    }
}
