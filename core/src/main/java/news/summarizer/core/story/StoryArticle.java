package news.summarizer.core.story;

import news.summarizer.core.article.Article;

/**
 * One source of a story: the article after the single-article intake and who published it.
 *
 * @param source the outlet or object the caller names ("dpa", an S3 key), or null
 */
public record StoryArticle(Article article, String source) {
}
