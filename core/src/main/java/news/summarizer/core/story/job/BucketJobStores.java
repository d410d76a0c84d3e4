package news.summarizer.core.story.job;

/**
 * Opens the job store in a bucket ({@code summarizer.story.bucket}). Implemented outside the core (the aws module:
 * S3), so the domain never sees a cloud SDK; without an implementation jobs stay in memory.
 */
public interface BucketJobStores {

    StoryJobStore open(String bucket, String prefix, boolean pathStyle);
}
