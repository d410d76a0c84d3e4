package news.summarizer.s3.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import news.summarizer.testing.StoryAnswers;

/**
 * {@link LocalS3AndModel} with story jobs in the bucket, as deployed: a model that takes {@link #CALL} per call and
 * answers each article and the fusion by content, two articles at a time, a wait too short for a story.
 */
public class LocalS3AndSlowModel extends LocalS3AndModel {

    public static final Duration CALL = Duration.ofSeconds(2);

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        model().answerWith(StoryAnswers.slowModel(CALL));
        config.put("summarizer.openai.timeout", "10s");
        config.put("summarizer.model.warm-up", "always");
        config.put("summarizer.story.bucket", BUCKET);
        config.put("summarizer.story.path-style", "true");
        config.put("summarizer.story.wait", "3s");
        config.put("summarizer.story.concurrency", "2");
        return config;
    }
}
