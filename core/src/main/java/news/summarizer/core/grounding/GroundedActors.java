package news.summarizer.core.grounding;

import java.util.List;
import news.summarizer.core.summary.Actor;

/** Actors that survived grounding, and a warning for each one that did not or that was repaired. */
public record GroundedActors(List<Actor> actors, List<String> warnings) {
}
