package news.summarizer.core.story;

import java.util.List;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.story.Story.Agreement;
import news.summarizer.core.story.Story.Difference;
import news.summarizer.core.story.Story.TimelineEntry;

/** What the fusion step makes of the per-source results, checked against the sources, and what it cost. */
record Fusion(String headline, String summary, List<String> keyPoints, List<Agreement> agreements,
              List<Difference> differences, List<TimelineEntry> timeline, String promptVersion, Usage usage,
              List<String> warnings) {
}
