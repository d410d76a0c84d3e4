package news.summarizer.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document with our stable {@code code} extension member. {@code type} is a URN
 * ({@link news.summarizer.core.ErrorCode#TYPE_BASE}) because it names an error kind, not a page to fetch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String instance) {
}
