package news.summarizer.core.story.job;

import java.time.Instant;

/**
 * Where a job stands.
 *
 * @param document  the story ({@link State#DONE}) or the {@link JobFailure} ({@link State#FAILED}) as JSON; null while running
 * @param since     when the job was (re)started
 * @param handedOff whether a running job was passed on to where it is finished ({@link StoryJobStore#handOff})
 */
public record JobStatus(State state, byte[] document, Instant since, boolean handedOff) {

    public enum State { RUNNING, DONE, FAILED }

    public static JobStatus running(Instant since, boolean handedOff) {
        return new JobStatus(State.RUNNING, null, since, handedOff);
    }
}
