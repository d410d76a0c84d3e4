package news.summarizer.core.story.job;

import java.util.Optional;

/**
 * Where story jobs live between requests: the request, the summary of every article as soon as it is made, and the
 * finished story or the failure. Documents are JSON bytes, so a store needs no knowledge of the contract. In memory
 * for dev mode and tests ({@link InMemoryStoryJobStore}); in a bucket on AWS (the aws module), where the S3 function
 * finishes what the HTTP function handed off. Every failure is a {@link news.summarizer.core.SummarizerException}.
 */
public interface StoryJobStore {

    /** Records a new job (or restarts a failed one) with the request body it was posted with. */
    void create(String jobId, byte[] request);

    Optional<byte[]> request(String jobId);

    /** Where the job stands, or empty for an id nobody posted. */
    Optional<JobStatus> status(String jobId);

    /** The stored summary of one article of the job ({@code articleId} as {@code sha256:<hex>}), if it was made. */
    Optional<byte[]> summary(String jobId, String articleId);

    void saveSummary(String jobId, String articleId, byte[] summary);

    void complete(String jobId, byte[] story);

    /** Records a failure ({@link JobFailure} as JSON); a later {@link #complete} still wins. */
    void fail(String jobId, byte[] failure);

    /**
     * Whether work can go on in this process after the answer. False on Lambda, which freezes a function once it
     * has answered: unfinished work is {@link #handOff handed off} instead.
     */
    boolean keepsWorking();

    /** Passes an unfinished job on to where it is finished (the bucket store: the S3 function's trigger object). */
    void handOff(String jobId);
}
