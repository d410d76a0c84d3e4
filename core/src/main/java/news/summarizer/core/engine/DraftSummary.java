package news.summarizer.core.engine;

import java.util.List;

/**
 * An engine's answer before grounding: also the shape the model is asked to fill (see the JSON schema in
 * {@code news.summarizer.core.model.SummarySchema}).
 */
public record DraftSummary(String headline, String summary, List<String> keyPoints, List<DraftActor> actors) {

    public DraftSummary {
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
