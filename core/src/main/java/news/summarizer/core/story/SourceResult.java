package news.summarizer.core.story;

import news.summarizer.core.summary.Summary;

/**
 * A source with its single-article result.
 *
 * @param reused the summary was stored earlier with the same engine identity, so it cost no model call now
 */
public record SourceResult(StoryArticle input, Summary summary, boolean reused) {
}
