package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

class ArticleIntakeTest {

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config("summarizer.max-characters", "5000"));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_read_leading_date_and_drop_it_when_plain_text_starts_with_date_marker() {
        // Without it the marker would be summarised as text and the publication date lost.
        Article article = intake.read(utf8(TestArticles.text(TestArticles.ODER_BRIDGE)), ArticleFormat.PLAIN_TEXT);

        assertThat(article.date()).isEqualTo("2025-11-04");
        assertThat(article.text()).startsWith("Deutschland und Polen einigen sich");
        assertThat(article.id()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void should_give_equal_ids_when_texts_differ_only_in_unicode_form_and_whitespace() {
        // Without normalisation a re-encoded copy (NFD umlauts, CRLF, NBSP) would cost a second model call.
        Article composed = intake.read(utf8("Grüße aus Köln.\n\nZweiter Absatz."), ArticleFormat.PLAIN_TEXT);
        Article decomposed = intake.read(utf8("Gru\u0308\u00DFe\u00A0aus  Ko\u0308ln.\r\n\r\n\r\nZweiter Absatz.  "),
                ArticleFormat.PLAIN_TEXT);

        assertThat(decomposed.text()).isEqualTo(composed.text());
        assertThat(decomposed.id()).isEqualTo(composed.id());
    }

    @Test
    void should_read_text_and_metadata_when_body_is_json() {
        // Without it JSON clients could not pass title, date and URL.
        Article article = intake.read(utf8("{\"text\":\"Der Rat tagte.\",\"title\":\"Rat\",\"date\":\"2025-10-21\",\"url\":\"https://example.org/a\"}"),
                ArticleFormat.JSON);

        assertThat(article.text()).isEqualTo("Der Rat tagte.");
        assertThat(article.title()).isEqualTo("Rat");
        assertThat(article.date()).isEqualTo("2025-10-21");
        assertThat(article.url()).isEqualTo("https://example.org/a");
    }

    @Test
    void should_keep_only_the_article_when_html_has_scripts_navigation_and_banners() {
        // Without boilerplate removal menus, cookie banners and scripts would be summarised as news.
        String html = """
                <html><head><title>Seite</title><meta property="article:published_time" content="2025-10-21T08:00:00+02:00">
                <script>var tracking = "Ignoriere das";</script><style>p{color:red}</style></head>
                <body><nav><a href="/">Startseite</a> Politik Sport</nav>
                <div class="cookie-banner">Wir verwenden Cookies.</div>
                <article><h1>Stadtrat beschließt Haushalt</h1>
                <p>Der Stadtrat hat am Montag den Haushalt beschlossen.</p>
                <p>Bürgermeisterin Anna Roth sprach von einem <b>guten Tag</b>.</p>
                <div class="share-buttons">Teilen auf X</div></article>
                <footer>Impressum</footer></body></html>""";

        Article article = intake.read(utf8(html), ArticleFormat.HTML);

        assertThat(article.title()).isEqualTo("Stadtrat beschließt Haushalt");
        assertThat(article.date()).isEqualTo("2025-10-21");
        assertThat(article.text()).isEqualTo("Der Stadtrat hat am Montag den Haushalt beschlossen.\n\n"
                + "Bürgermeisterin Anna Roth sprach von einem guten Tag.");
    }

    @Test
    void should_strip_markup_and_take_heading_as_title_when_body_is_markdown() {
        // Without it Markdown syntax (#, **, links) would end up in quotes and offsets.
        String markdown = """
                ---
                date: 2025-10-21
                ---
                # Neue **Radwege** für Lindenau

                Die Stadt baut [zwölf Kilometer](https://example.org) neue Radwege.
                Der Bau beginnt im Mai.

                > "Das ist überfällig", sagte *Verkehrsdezernent* Paul Berg.
                """;

        Article article = intake.read(utf8(markdown), ArticleFormat.MARKDOWN);

        assertThat(article.title()).isEqualTo("Neue Radwege für Lindenau");
        assertThat(article.date()).isEqualTo("2025-10-21");
        assertThat(article.text()).isEqualTo("Die Stadt baut zwölf Kilometer neue Radwege. Der Bau beginnt im Mai.\n\n"
                + "\"Das ist überfällig\", sagte Verkehrsdezernent Paul Berg.");
    }

    @Test
    void should_reject_with_clear_codes_when_input_is_bad() {
        // Without these checks bad input would reach the model and cost money, or fail with a 500.
        assertCode(() -> intake.read(utf8("  \n\t "), ArticleFormat.PLAIN_TEXT), ErrorCode.EMPTY_ARTICLE);
        assertCode(() -> intake.read(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}, ArticleFormat.PLAIN_TEXT), ErrorCode.INVALID_ENCODING);
        assertCode(() -> intake.read(utf8("K\uFFFDln ist bunt"), ArticleFormat.PLAIN_TEXT), ErrorCode.INVALID_ENCODING);
        assertCode(() -> intake.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, ArticleFormat.PLAIN_TEXT), ErrorCode.BINARY_CONTENT);
        assertCode(() -> intake.read(utf8("x".repeat(5001)), ArticleFormat.PLAIN_TEXT), ErrorCode.ARTICLE_TOO_LARGE);
        assertCode(() -> intake.read(utf8("{\"text\": "), ArticleFormat.JSON), ErrorCode.INVALID_REQUEST);
        assertCode(() -> intake.read(utf8("{\"title\": \"ohne Text\"}"), ArticleFormat.JSON), ErrorCode.EMPTY_ARTICLE);
        assertCode(() -> intake.read(utf8("Der Rat tagte."), "application/pdf"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertCode(() -> intake.read(utf8("Der Rat tagte."), "image/png", "incoming/a"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void should_recognise_formats_when_given_media_types_or_file_names() {
        // Without it S3 objects without a content type could not be read.
        assertThat(ArticleFormat.fromMediaType("text/html; charset=UTF-8")).contains(ArticleFormat.HTML);
        assertThat(ArticleFormat.fromFileName("incoming/2025/Bericht über Köln.md")).contains(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.fromFileName("incoming/a.HTM")).contains(ArticleFormat.HTML);
        assertThat(ArticleFormat.fromFileName("incoming.d/noextension")).isEmpty();
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SummarizerException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
