package news.summarizer.core.engine;

import java.util.List;

/**
 * A draft plus what producing it cost and anything the caller should know about it.
 *
 * @param claimsChecked numbers, dates and names in headline, summary and key points checked against the article;
 *                      null when the engine does not check them (the offline engine only quotes the article)
 * @param claimsDropped how many of them the article did not support and were dropped with their sentence or key point
 */
public record EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings,
                           Integer claimsChecked, Integer claimsDropped) {

    public EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings) {
        this(draft, promptVersion, usage, warnings, null, null);
    }
}
