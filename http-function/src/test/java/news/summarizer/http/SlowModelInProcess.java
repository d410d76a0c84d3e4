package news.summarizer.http;

import java.util.HashMap;
import java.util.Map;

/** {@link SlowModelAndBucket} without the job bucket: dev mode's shape, where a job finishes in this process. */
public class SlowModelInProcess extends SlowModelAndBucket {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.remove("summarizer.story.bucket");
        return config;
    }
}
