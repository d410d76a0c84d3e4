package news.summarizer.core.summary;

/**
 * A key actor of the story, grounded in the article by a verbatim quote at a known offset.
 *
 * @param salience how central the actor is to the story, in [0, 1] (see {@code news.summarizer.core.statements.Salience});
 *                 actors are listed by it, most central first
 */
public record Actor(
        String name,
        ActorType type,
        String role,
        String description,
        int mentions,
        String evidence,
        int evidenceOffset,
        double salience) {

    /** An actor whose salience is not yet known (engines and grounding; the summarizer rates it last). */
    public Actor(String name, ActorType type, String role, String description, int mentions, String evidence,
                 int evidenceOffset) {
        this(name, type, role, description, mentions, evidence, evidenceOffset, 0);
    }

    public Actor withSalience(double value) {
        return new Actor(name, type, role, description, mentions, evidence, evidenceOffset, value);
    }
}
