package news.summarizer.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.story.Story;
import news.summarizer.core.story.StoryComposer;
import news.summarizer.core.story.StoryRequestReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /stories}: one German story from 2 to 20 articles about the same event. */
@Path("/stories")
public class StoryResource {

    private final StoryRequestReader reader;
    private final StoryComposer composer;
    private final InvocationMetrics metrics;

    public StoryResource(StoryRequestReader reader, StoryComposer composer, InvocationMetrics metrics) {
        this.reader = reader;
        this.composer = composer;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fuse 2 to 20 articles about one event into one grounded German story",
            description = "Body: {\"title\"?, \"articles\": [{\"text\", \"source\"?, \"title\"?, \"date\"?, \"url\"?}, …]}. "
                    + "Each article is summarised like POST /summaries; actors are merged across sources; agreements, "
                    + "differences (with a model) and a timeline are added.")
    @APIResponse(responseCode = "200", description = "The story, with every source's own summary")
    @APIResponse(responseCode = "400", description = "Fewer than 2 or more than 20 distinct articles, an empty article, "
            + "malformed JSON", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "413", description = "An article, or all of them together, longer than "
            + "summarizer.max-characters", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "415", description = "A Content-Type other than application/json",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "502", description = "The model's answer for an article was unusable, or the provider "
            + "rejected our credentials or request", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "503", description = "The model is unavailable or rate-limited (Retry-After when known)",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "504", description = "The model did not answer in time",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Story compose(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        // one metric line for the request: every source summary adds its calls and tokens (the fusion call does not)
        return metrics.measure(InvocationMetrics.HTTP_FUNCTION,
                tally -> composer.compose(reader.read(contentType, body == null ? new byte[0] : body)));
    }
}
