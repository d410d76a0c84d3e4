package news.summarizer.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where domain errors become HTTP: status, problem document and Retry-After. */
public class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    @ServerExceptionMapper
    public Response map(SummarizerException e, UriInfo uri) {
        int status = statusOf(e.code());
        LOG.warnf("request failed status=%d code=%s detail=%s", status, e.code().code(), e.detail());
        Response.ResponseBuilder response = Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(e.code().type(), e.code().title(), status, e.detail(),
                        e.code().code(), uri.getPath()));
        e.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, wait.toSeconds())));
        return response.build();
    }

    /** The framework's own refusals (unknown path, wrong method) in the same problem format. */
    @ServerExceptionMapper
    public Response refused(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            default -> "http_" + status;
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(ErrorCode.typeOf(code), known == null ? "HTTP " + status : known.getReasonPhrase(),
                        status, "POST an article to /summaries, or 2 to 20 articles to /stories", code, uri.getPath()))
                .build();
    }

    /** Anything unexpected: a generic 500 without internals, in the response and in the log. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.errorf("request failed unexpectedly status=500 error=%s", SummarizerException.describe(e));
        return Response.status(500)
                .type(PROBLEM_JSON)
                .entity(new Problem(ErrorCode.typeOf("internal_error"), "Internal error", 500,
                        "The summary could not be produced because of an internal error", "internal_error", uri.getPath()))
                .build();
    }

    static int statusOf(ErrorCode code) {
        return switch (code) {
            case EMPTY_ARTICLE, INVALID_ENCODING, BINARY_CONTENT, INVALID_REQUEST, STORY_ARTICLE_COUNT -> 400;
            case SOURCE_NOT_FOUND, STORY_JOB_NOT_FOUND -> 404;
            case ARTICLE_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case MODEL_OUTPUT_INVALID, MODEL_OUTPUT_NOT_GERMAN, MODEL_OUTPUT_TRUNCATED, MODEL_REQUEST_REJECTED,
                    MODEL_AUTHENTICATION_FAILED, MODEL_ACCESS_DENIED, MODEL_NOT_FOUND -> 502;
            case MODEL_UNAVAILABLE, MODEL_RATE_LIMITED, STORAGE_UNAVAILABLE -> 503;
            case MODEL_TIMEOUT -> 504;
        };
    }
}
