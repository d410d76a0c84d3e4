package news.summarizer.s3.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import news.summarizer.s3.S3FunctionConfig;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.output.ResultWriter.Location;
import org.junit.jupiter.api.Test;

class KeyLayoutTest {

    private static S3FunctionConfig config(Optional<String> outputBucket) {
        return new S3FunctionConfig() {
            @Override
            public String inputPrefix() {
                return "incoming/";
            }

            @Override
            public String outputPrefix() {
                return "summaries/";
            }

            @Override
            public String errorPrefix() {
                return "failed/";
            }

            @Override
            public Optional<String> outputBucket() {
                return outputBucket;
            }

            @Override
            public boolean includeText() {
                return false;
            }

            @Override
            public boolean pathStyle() {
                return false;
            }
        };
    }

    private static ObjectCreated object(String key) {
        return new ObjectCreated("eingang", key, OptionalLong.empty(), null, null);
    }

    @Test
    void should_replace_input_prefix_when_mapping_article_to_summary_and_error_keys() {
        // Without it: results would land beside the articles (re-triggering the function) or under unpredictable keys.
        KeyLayout layout = new KeyLayout(config(Optional.empty()));

        assertThat(layout.summaryOf(object("incoming/2025/a.txt"))).isEqualTo(new Location("eingang", "summaries/2025/a.txt.json"));
        assertThat(layout.errorOf(object("incoming/2025/a.txt"))).isEqualTo(new Location("eingang", "failed/2025/a.txt.error.json"));
    }

    @Test
    void should_write_to_output_bucket_when_one_is_configured() {
        // Without it: summarizer.s3.output-bucket would be ignored and results written into the upload bucket.
        KeyLayout layout = new KeyLayout(config(Optional.of("ausgang")));

        assertThat(layout.summaryOf(object("incoming/a.txt")).bucket()).isEqualTo("ausgang");
        assertThat(layout.errorOf(object("incoming/a.txt")).bucket()).isEqualTo("ausgang");
    }

    @Test
    void should_skip_key_when_it_is_a_result_or_outside_the_input_prefix() {
        // Without it: a notification on the whole bucket would make the function summarise its own output forever.
        KeyLayout layout = new KeyLayout(config(Optional.empty()));

        assertThat(layout.skipReason(object("summaries/2025/a.txt.json"))).isPresent();
        assertThat(layout.skipReason(object("failed/2025/a.txt.error.json"))).isPresent();
        assertThat(layout.skipReason(object("other/a.txt"))).isPresent();
        assertThat(layout.skipReason(object("incoming/2025/"))).isPresent();
        assertThat(layout.skipReason(object("incoming/2025/a.txt"))).isEmpty();
    }
}
