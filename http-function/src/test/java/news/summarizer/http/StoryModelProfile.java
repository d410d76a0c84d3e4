package news.summarizer.http;

import java.util.Map;

/**
 * The openai provider against the fake model server, summarising one source at a time: the fake answers in the
 * order it is asked, so the three per-article answers must reach the articles they were written for.
 */
public class StoryModelProfile extends ModelProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("summarizer.story.concurrency", "1");
    }
}
