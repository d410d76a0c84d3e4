package news.summarizer.core.engine;

import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/**
 * An engine's answer before grounding, and the shape the model is asked to fill: the JSON schema sent to the model
 * is generated from this record and {@link DraftActor} (see {@code news.summarizer.core.model.SummarySchema}), the
 * descriptions included. Counts and lengths are not part of the schema: they depend on the article and come from
 * {@link SummaryLimits} through the prompt.
 */
@Description("Deutsche Zusammenfassung eines Nachrichtenartikels mit seinen wichtigsten Akteuren")
public record DraftSummary(
        @Description("Kurze deutsche Überschrift") String headline,
        @Description("Zusammenfassung in vollständigen deutschen Sätzen") String summary,
        @Description("Kurze deutsche Kernaussagen") List<String> keyPoints,
        @Description("Die wichtigsten Akteure, nach Bedeutung geordnet") List<DraftActor> actors) {

    public DraftSummary {
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
