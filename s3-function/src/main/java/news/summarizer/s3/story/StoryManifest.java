package news.summarizer.s3.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.StrictJson;
import news.summarizer.core.story.StoryRules;

/**
 * A story manifest: {@code {"title"?: "…", "articles": ["incoming/…", …]}}, the keys of articles in the manifest's
 * bucket, in the order the story's {@code article} indexes follow.
 */
record StoryManifest(String title, List<String> articles) {

    static StoryManifest parse(byte[] body) {
        JsonNode root = StrictJson.read(body);
        if (root == null || !root.isObject() || !root.path("articles").isArray()) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST,
                    "A story manifest is an object with an \"articles\" array of object keys");
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode key : root.get("articles")) {
            if (!key.isTextual() || key.asText().isBlank()) {
                throw new SummarizerException(ErrorCode.INVALID_REQUEST,
                        "Every entry of \"articles\" must be an object key such as \"incoming/2025/a.txt\"");
            }
            keys.add(key.asText().strip());
        }
        StoryRules.checkCount(keys.size(), "");
        JsonNode title = root.get("title");
        return new StoryManifest(title == null || !title.isTextual() || title.asText().isBlank() ? null : title.asText().strip(),
                List.copyOf(keys));
    }
}
