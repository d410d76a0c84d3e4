package news.summarizer.core.engine;

import java.util.List;

/**
 * A draft plus what producing it cost and anything the caller should know about it.
 *
 * @param language      ISO 639-1 code of the language the draft is written in: German for a model, the article's
 *                      own language for an engine that quotes the article
 * @param claimsChecked numbers, dates and names in headline, summary and key points checked against the article;
 *                      null when the engine does not check them (the offline engine only quotes the article)
 * @param claimsDropped how many of them the article did not support and were dropped with their sentence or key point
 */
public record EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings,
                           String language, Integer claimsChecked, Integer claimsDropped) {

    public static final String GERMAN = "de";

    public EngineOutput {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        language = language == null ? GERMAN : language;
    }

    /** A German draft whose claims were not checked. */
    public EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings) {
        this(draft, promptVersion, usage, warnings, GERMAN, null, null);
    }

    /** A draft quoted from the article, in the article's language, with no claims to check. */
    public EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings,
                        String language) {
        this(draft, promptVersion, usage, warnings, language, null, null);
    }
}
