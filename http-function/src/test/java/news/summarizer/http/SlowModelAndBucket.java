package news.summarizer.http;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.LocalS3;
import news.summarizer.testing.StoryAnswers;
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

    private static FakeOpenAiServer model;
    private static LocalS3 s3;

    static FakeOpenAiServer model() {
        return model;
    }

    static S3Client bucket() {
        return s3.client();
    }

    @Override
    public Map<String, String> start() {
        model = FakeOpenAiServer.start();
        model.answerWith(StoryAnswers.slowModel(CALL));
        // Signatures are checked: the job store signs its requests itself (no S3 client), so a wrong one fails here.
        s3 = LocalS3.start(BUCKET, true, store -> store);
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
        if (s3 != null) {
            s3.close();
        }
        if (model != null) {
            model.close();
        }
    }
}
