package news.summarizer.core.engine;

import java.util.List;

/** A draft plus what producing it cost and anything the caller should know about it. */
public record EngineOutput(DraftSummary draft, String promptVersion, Usage usage, List<String> warnings) {
}
