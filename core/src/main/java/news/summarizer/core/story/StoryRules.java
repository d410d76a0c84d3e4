package news.summarizer.core.story;

import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;

/** The limits of a story, in one place for HTTP requests and S3 manifests. */
public final class StoryRules {

    public static final int MIN_ARTICLES = 2;
    public static final int MAX_ARTICLES = 20;

    private StoryRules() {
    }

    /** 400 {@code story_article_count} unless {@code count} is within the limits; {@code qualifier} explains the count. */
    public static void checkCount(int count, String qualifier) {
        if (count < MIN_ARTICLES || count > MAX_ARTICLES) {
            throw new SummarizerException(ErrorCode.STORY_ARTICLE_COUNT, "A story needs " + MIN_ARTICLES + " to "
                    + MAX_ARTICLES + " " + qualifier + (qualifier.isEmpty() ? "" : " ") + "articles; got " + count);
        }
    }

    /** The same failure, its detail prefixed with the article it concerns. */
    public static SummarizerException forArticle(SummarizerException failure, String article) {
        return new SummarizerException(failure.code(), article + ": " + failure.detail(),
                failure.retryAfter().orElse(null), failure);
    }
}
