package news.summarizer.core.engine;

import java.util.List;

/**
 * A draft plus what producing it cost and anything the caller should know about it.
 *
 * @param language ISO 639-1 code of the language the draft is written in: German for a model, the article's own
 *                 language for an engine that quotes the article
 */
public record EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings,
                           String language) {

    public static final String GERMAN = "de";

    public EngineOutput {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        language = language == null ? GERMAN : language;
    }

    /** A German draft, as every model-written summary is. */
    public EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings) {
        this(draft, promptVersion, usage, warnings, GERMAN);
    }
}
