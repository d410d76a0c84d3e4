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
        @Description("Die wichtigsten Akteure, nach Bedeutung geordnet") List<DraftActor> actors,
        @Description("Aussagen der Akteure (wer sagte was), in der Reihenfolge des Artikels") List<DraftStatement> statements) {

    public DraftSummary {
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        actors = actors == null ? List.of() : List.copyOf(actors);
        statements = statements == null ? List.of() : statements.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A draft without statements. */
    public DraftSummary(String headline, String summary, List<String> keyPoints, List<DraftActor> actors) {
        this(headline, summary, keyPoints, actors, List.of());
    }

    public DraftSummary withStatements(List<DraftStatement> value) {
        return new DraftSummary(headline, summary, keyPoints, actors, value);
    }
}
