package news.summarizer.s3.output;

import java.time.Instant;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.ArticleSummarizer.EngineIdentity;

/**
 * The error record written for an article that cannot be summarised as it is (problem-details style). It lies at
 * the error prefix under the same relative key as the article, so listing that prefix lists every failed article.
 *
 * @param type  the error code's problem type ({@link ErrorCode#type()}), the same URN an HTTP problem carries
 * @param code  the public error code ({@code article_too_large}, {@code binary_content}, ...)
 * @param retry how to summarise the article again once the cause is fixed
 */
public record ErrorDocument(
        String type,
        String title,
        String code,
        String detail,
        SourceRef source,
        Instant time,
        EngineIdentity engine,
        String retry) {

    static final String RETRY = "Fix the cause, delete this record, then copy the source object onto itself "
            + "(aws s3 cp s3://BUCKET/KEY s3://BUCKET/KEY --metadata-directive REPLACE) or re-send its event.";

    public static ErrorDocument of(SummarizerException failure, SourceRef source, Instant time, EngineIdentity engine) {
        ErrorCode code = failure.code();
        return new ErrorDocument(code.type(), code.title(), code.code(), failure.detail(), source, time,
                engine, RETRY);
    }
}
