package news.summarizer.aws.story;

import java.util.Optional;
import java.util.regex.Pattern;

/** The hand-off object's key, {@code <prefix><job id>/job.json}: what the S3 function is started by. */
public final class JobKeys {

    static final String TRIGGER = "job.json";
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{32}");

    private JobKeys() {
    }

    /** The job id when {@code key} is a job's hand-off object under {@code prefix}. */
    public static Optional<String> jobOfTrigger(String prefix, String key) {
        if (!key.startsWith(prefix) || !key.endsWith("/" + TRIGGER)) {
            return Optional.empty();
        }
        String id = key.substring(prefix.length(), key.length() - TRIGGER.length() - 1);
        return JOB_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
