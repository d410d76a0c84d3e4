package news.summarizer.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document with our stable {@code code} extension member. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String instance) {

    /** Stable problem type identifiers; a URN because they name error kinds, not pages to fetch. */
    static final String TYPE_PREFIX = "urn:news-summarizer:problem:";
}
