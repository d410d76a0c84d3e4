package news.summarizer.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.model.Deadline;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.summary.Summary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /summaries}: the article as the body, in the format and charset its Content-Type names. A body without
 * a Content-Type, or with one that says nothing (curl's form default, octet-stream), is recognised from its content.
 */
@Path("/summaries")
public class SummaryResource {

    private final ArticleSummarizer summarizer;
    private final RequestDeadline deadline;
    private final InvocationMetrics metrics;

    public SummaryResource(ArticleSummarizer summarizer, RequestDeadline deadline, InvocationMetrics metrics) {
        this.summarizer = summarizer;
        this.deadline = deadline;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarise a news article in German with its key actors",
            description = "Body: text/plain (optionally starting with a line ' date 2025-10-21 ', ' date 2025-10 ' or "
                    + "' date 2025 '), application/json ({\"text\", \"title\"?, \"date\"?, \"url\"?}), text/html or "
                    + "text/markdown; UTF-8 unless a charset is declared. Without a Content-Type (or with "
                    + "application/x-www-form-urlencoded or application/octet-stream) the format is recognised from the body.")
    @APIResponse(responseCode = "200", description = "The grounded summary: German, or the article's own language from the offline engine")
    @APIResponse(responseCode = "400", description = "Empty, binary, not in the declared charset (UTF-8 when none) or malformed body",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "413", description = "Article longer than summarizer.max-characters",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "415", description = "Unsupported Content-Type or charset",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "502", description = "The model's answer was unusable (invalid, not German, truncated) "
            + "or the provider rejected our credentials or request", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "503", description = "The model is unavailable or rate-limited (Retry-After when known)",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "504", description = "The model did not answer in time",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Summary summarize(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @Parameter(description = "'text' adds the text that was read (article.text) to the answer")
                             @QueryParam("include") String include, byte[] body) {
        return metrics.measure(InvocationMetrics.HTTP_FUNCTION, tally -> Deadline.within(deadline.current(),
                () -> summarizer.summarize(body == null ? new byte[0] : body, contentType, "text".equals(include))));
    }
}
