package news.summarizer.core.model;

import java.util.List;
import news.summarizer.core.engine.DraftSummary;

/**
 * The draft a conversation settled on, what the reader should know about it (soft rules it misses, claims dropped
 * or unsupported), and how many factual claims were checked and dropped.
 */
public record Drafted(DraftSummary draft, List<String> warnings, int claimsChecked, int claimsDropped) {
}
