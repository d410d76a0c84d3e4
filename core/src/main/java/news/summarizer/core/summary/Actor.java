package news.summarizer.core.summary;

/** A key actor of the story, grounded in the article by a verbatim quote at a known offset. */
public record Actor(
        String name,
        ActorType type,
        String role,
        String description,
        int mentions,
        String evidence,
        int evidenceOffset) {
}
