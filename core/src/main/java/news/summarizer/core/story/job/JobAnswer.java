package news.summarizer.core.story.job;

import java.time.Duration;

/**
 * What a request learns about a job: the finished story (JSON), or that it is still running and when to ask again.
 *
 * @param story      the story as JSON when done, else null
 * @param retryAfter how long a client should wait before asking again (while running)
 */
public record JobAnswer(String jobId, byte[] story, Duration retryAfter) {

    public boolean done() {
        return story != null;
    }

    /** Where the job can be asked for: {@code /stories/<id>}. */
    public String location() {
        return "/stories/" + jobId;
    }
}
