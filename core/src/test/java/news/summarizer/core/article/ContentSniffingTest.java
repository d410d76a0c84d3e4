package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies whose Content-Type says nothing: {@code curl --data-binary @artikel.txt} sends
 * {@code application/x-www-form-urlencoded}, scripts send none or octet-stream. Without sniffing they were 415.
 */
class ContentSniffingTest {

    private static final String PROSE = "Der Stadtrat von Lindenau hat am Dienstag den Haushalt beschlossen. "
            + "Bürgermeisterin Jördis Weiß sprach von einem guten Tag.";

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"", "application/x-www-form-urlencoded", "application/octet-stream", "binary/octet-stream"})
    void should_read_plain_text_when_the_type_says_nothing(String contentType) {
        Article article = intake.read(utf8(" date 2024-11\n\n" + PROSE), contentType);

        assertThat(article.text()).isEqualTo(PROSE);
        assertThat(article.date()).isEqualTo("2024-11");
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/octet-stream"})
    void should_extract_the_article_when_an_undeclared_body_is_a_web_page(String contentType) {
        // Read as plain text, the markup and the script would be summarised as news.
        String html = "<!DOCTYPE html>\n<html><head><title>Haushalt</title><script>var x = 1;</script></head>"
                + "<body><nav>Menü</nav><article><h1>Haushalt beschlossen</h1><p>" + PROSE + "</p></article></body></html>";

        Article article = intake.read(utf8(html), contentType);

        assertThat(article.text()).isEqualTo(PROSE);
        assertThat(article.title()).isEqualTo("Haushalt beschlossen");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<p>" + PROSE + "</p>", "<div class=\"text\"><p>" + PROSE + "</p></div>"})
    void should_recognise_a_fragment_of_markup_when_it_opens_with_a_tag(String html) {
        assertThat(intake.read(utf8(html), (String) null).text()).isEqualTo(PROSE);
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/octet-stream"})
    void should_read_the_fields_when_an_undeclared_body_is_a_json_article(String contentType) {
        Article article = intake.read(utf8("  {\"title\": \"Haushalt\", \"date\": \"2024-11\", \"text\": \"" + PROSE + "\"}\n"),
                contentType);

        assertThat(article.text()).isEqualTo(PROSE);
        assertThat(article.title()).isEqualTo("Haushalt");
        assertThat(article.date()).isEqualTo("2024-11");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"# Haushalt beschlossen\n\n", "---\ntitle: Haushalt beschlossen\n---\n\n# Haushalt beschlossen\n\n"})
    void should_remove_the_markup_when_an_undeclared_body_clearly_is_markdown(String head) {
        Article article = intake.read(utf8(head + "Der **Stadtrat** von Lindenau hat am Dienstag den Haushalt beschlossen. "
                + "Bürgermeisterin Jördis Weiß sprach von einem guten Tag."), (String) null);

        assertThat(article.text()).isEqualTo(PROSE);
        assertThat(article.title()).isEqualTo("Haushalt beschlossen");
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/octet-stream"})
    void should_still_reject_binary_data_when_the_type_says_nothing(String contentType) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> intake.read(png, contentType))
                .isInstanceOfSatisfying(SummarizerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BINARY_CONTENT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"incoming/2025/artikel.txt", "incoming/2025/artikel.TEXT"})
    void should_take_the_extension_when_a_stored_object_has_a_generic_type(String key) {
        // S3 stores binary/octet-stream when an upload names no type; the extension still decides.
        String text = "# Keine Überschrift, nur Text\n\n" + PROSE;

        Article article = intake.read(utf8(text), "binary/octet-stream", key);

        assertThat(article.text()).startsWith("# Keine Überschrift");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"incoming/2025/artikel", "incoming/2025/artikel.dat"})
    void should_sniff_when_a_stored_object_has_a_generic_type_and_no_known_extension(String key) {
        String html = "<html><body><article><p>" + PROSE + "</p></article></body></html>";

        assertThat(intake.read(utf8(html), "binary/octet-stream", key).text()).isEqualTo(PROSE);
        assertThat(intake.read(utf8(html), null, key).text()).isEqualTo(PROSE);
    }
}
