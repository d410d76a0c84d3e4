package news.summarizer.aws.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobKeysTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    @Test
    void should_find_the_job_of_its_hand_off_object() {
        // Without it the S3 function would not recognise the object that hands it a story job.
        assertThat(JobKeys.jobOfTrigger("stories/", "stories/" + ID + "/job.json")).contains(ID);
    }

    @Test
    void should_ignore_every_other_object_of_a_job_and_names_that_are_no_job_ids() {
        // Without it each stored summary or the story itself would start the S3 function again (a loop), and a key
        // of the uploader's choosing ("stories/../x/job.json") would be read as a job id.
        assertThat(JobKeys.jobOfTrigger("stories/", "stories/" + ID + "/story.json")).isEmpty();
        assertThat(JobKeys.jobOfTrigger("stories/", "stories/" + ID + "/summaries/abc.json")).isEmpty();
        assertThat(JobKeys.jobOfTrigger("stories/", "incoming/" + ID + "/job.json")).isEmpty();
        assertThat(JobKeys.jobOfTrigger("stories/", "stories/../x/job.json")).isEmpty();
        assertThat(JobKeys.jobOfTrigger("stories/", "stories/" + ID.toUpperCase() + "/job.json")).isEmpty();
    }
}
