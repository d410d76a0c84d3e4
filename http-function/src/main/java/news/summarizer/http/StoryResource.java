package news.summarizer.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import news.summarizer.core.model.Deadline;
import news.summarizer.core.story.job.JobAnswer;
import news.summarizer.core.story.job.StoryJobs;
import news.summarizer.core.metrics.InvocationMetrics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /stories}: one German story from 2 to 20 articles about the same event, as a job: the story when it is
 * done within {@code summarizer.story.wait}, else {@code 202} with the job's Location. {@code GET /stories/{id}} asks
 * for it again.
 */
@Path("/stories")
public class StoryResource {

    private final StoryJobs jobs;
    private final RequestDeadline deadline;
    private final InvocationMetrics metrics;

    public StoryResource(StoryJobs jobs, RequestDeadline deadline, InvocationMetrics metrics) {
        this.jobs = jobs;
        this.deadline = deadline;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fuse 2 to 20 articles about one event into one grounded German story",
            description = "Body: {\"title\"?, \"articles\": [{\"text\", \"source\"?, \"title\"?, \"date\"?, \"url\"?}, …]}. "
                    + "Each article is summarised like POST /summaries; actors are merged across sources; agreements, "
                    + "differences (with a model) and a timeline are added. Posting the same story again is the same job.")
    @APIResponse(responseCode = "200", description = "The story, with every source's own summary")
    @APIResponse(responseCode = "202", description = "Still being written: ask GET Location after Retry-After seconds")
    @APIResponse(responseCode = "400", description = "Fewer than 2 or more than 20 distinct articles, an empty article, "
            + "malformed JSON", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "413", description = "An article, or all of them together, longer than "
            + "summarizer.max-characters", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "415", description = "A Content-Type other than application/json",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "502", description = "The model's answer for an article was unusable, or the provider "
            + "rejected our credentials or request", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "503", description = "The model or the job store is unavailable, or the model is "
            + "rate-limited (Retry-After when known)", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "504", description = "The model did not answer in time",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Response compose(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        Deadline request = deadline.current();
        // one metric line for the request: the source summaries made on this thread add their calls and tokens
        return respond(metrics.measure(InvocationMetrics.HTTP_FUNCTION, tally -> Deadline.within(request,
                () -> jobs.submit(contentType, body == null ? new byte[0] : body, request))));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The story job's result: the story, still running, or its failure")
    @APIResponse(responseCode = "200", description = "The story")
    @APIResponse(responseCode = "202", description = "Still being written: ask again after Retry-After seconds")
    @APIResponse(responseCode = "404", description = "No story job with this id",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "502", description = "The job failed: the problem POST would have answered",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Response job(@PathParam("id") String id) {
        return respond(jobs.status(id));
    }

    private static Response respond(JobAnswer answer) {
        if (answer.done()) {
            return Response.ok(answer.story(), MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Location", answer.location()).build();
        }
        return Response.accepted(new JobAccepted(answer.jobId(), "running", answer.location()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.LOCATION, answer.location())
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, answer.retryAfter().toSeconds()))
                .build();
    }

    /** The body of a 202: the job and where to ask for it. */
    public record JobAccepted(String id, String status, String location) {
    }
}
