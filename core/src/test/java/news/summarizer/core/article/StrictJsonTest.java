package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import news.summarizer.testing.HostileJson;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    private SummarizerException refused(String body) {
        try {
            intake.read(body.getBytes(StandardCharsets.UTF_8), ArticleFormat.JSON);
        } catch (SummarizerException e) {
            return e;
        }
        throw new AssertionError("accepted: " + body.substring(0, Math.min(80, body.length())));
    }

    @Test
    void should_refuse_as_invalid_request_naming_the_depth_when_article_is_nested_100000_arrays_deep() {
        // Without the limit mapped here Jackson's constraint exception (no location) ended as a 500 internal_error.
        SummarizerException e = refused(HostileJson.nestedArrays(100_000));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(e.detail()).isEqualTo("The JSON is nested more than 64 levels deep (line 1, column 74)");
    }

    @Test
    void should_refuse_as_invalid_request_naming_the_number_when_article_has_a_200000_digit_number() {
        // Without it a 200,000-digit number ended as a 500 internal_error.
        SummarizerException e = refused(HostileJson.longNumber(200_000));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(e.detail()).startsWith("The JSON has a number longer than 100 digits (at /id, line 1, column ");
    }

    @Test
    void should_refuse_as_invalid_request_naming_the_key_when_text_is_given_twice() {
        // Without duplicate detection the last "text" silently won and the caller could not know what was summarised.
        SummarizerException e = refused(HostileJson.duplicateText());

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(e.detail()).startsWith("The JSON has the key \"text\" twice (at /text, line 1, column ");
    }

    @Test
    void should_refuse_as_invalid_request_when_a_second_value_follows_the_article() {
        // Without it a second, concatenated article was dropped without a word.
        SummarizerException e = refused("{\"text\": \"Der Rat tagte.\"} {\"text\": \"Der Rat vertagte sich.\"}");

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(e.detail()).isEqualTo("The JSON has more content after its end (line 1, column 28)");
    }

    @Test
    void should_still_name_the_line_when_json_is_malformed() {
        // Without it a client could not find the broken spot in a long body.
        SummarizerException e = refused("{\"text\": \"Der Rat tagte.\",\n\"title\": }");

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(e.detail()).startsWith("The body is not valid JSON (at /title, line 2, column ");
    }

    @Test
    void should_accept_metadata_nested_and_numbered_within_the_limits() {
        // Without room under the limits a CMS export with nested metadata and long ids would be refused.
        String metadata = "[".repeat(StrictJson.MAX_DEPTH - 1) + "1" + "0".repeat(StrictJson.MAX_NUMBER_DIGITS - 1)
                + "]".repeat(StrictJson.MAX_DEPTH - 1);
        Article article = intake.read(("{\"text\": \"" + HostileJson.TEXT + "\", \"meta\": " + metadata + "}")
                .getBytes(StandardCharsets.UTF_8), ArticleFormat.JSON);

        assertThat(article.text()).isEqualTo(HostileJson.TEXT);
    }

    @Test
    void should_name_the_path_when_a_key_is_given_twice_deep_inside_a_story() {
        // Without the path a client could not tell which of 20 articles carries the duplicate.
        String story = "{\"articles\": [{\"text\": \"a\"}, {\"text\": \"b\", \"text\": \"c\"}]}";
        assertThatThrownBy(() -> StrictJson.read(story))
                .isInstanceOfSatisfying(SummarizerException.class, e -> assertThat(e.detail())
                        .startsWith("The JSON has the key \"text\" twice (at /articles/1/text, line 1, column "));
    }
}
