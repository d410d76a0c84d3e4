package news.summarizer.core.story;

import java.util.List;

/** A story to write: an optional title and its sources in the caller's order (indexes in the answer refer to it). */
public record StoryRequest(String title, List<StoryArticle> articles) {

    public StoryRequest {
        articles = List.copyOf(articles);
    }
}
