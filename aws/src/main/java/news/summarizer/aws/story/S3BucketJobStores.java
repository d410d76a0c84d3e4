package news.summarizer.aws.story;

import jakarta.enterprise.context.ApplicationScoped;
import news.summarizer.core.story.job.BucketJobStores;
import news.summarizer.core.story.job.StoryJobStore;

/**
 * Story jobs in S3. The client follows the SDK's standard settings (region, endpoint, credentials) and is built on
 * first use: with SnapStart that is after the restore, so no credentials end up in the snapshot.
 */
@ApplicationScoped
public class S3BucketJobStores implements BucketJobStores {

    @Override
    public StoryJobStore open(String bucket, String prefix, boolean pathStyle) {
        return new S3StoryJobStore(() -> S3ObjectClient.fromEnvironment(bucket, pathStyle), bucket, prefix);
    }
}
