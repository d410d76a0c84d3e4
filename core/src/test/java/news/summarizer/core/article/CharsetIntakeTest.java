package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without these, text from older systems (Latin-1, Windows) was rejected as 400 although its charset was declared. */
class CharsetIntakeTest {

    private static final String TEXT = "Bürgermeisterin Jördis Weiß eröffnete die Brücke über die Oder. "
            + "„Das ist ein großer Tag für Küstrin“, sagte sie.";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    @Test
    void should_read_umlauts_when_plain_text_declares_iso_8859_1() {
        // Latin-1 has no „“: the sender's bytes are the umlauts and ß only.
        String latin1Text = "Bürgermeisterin Jördis Weiß eröffnete die Brücke über die Oder.";

        Article article = intake.read(latin1Text.getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=ISO-8859-1");

        assertThat(article.text()).isEqualTo(latin1Text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain; charset=windows-1252", "text/plain;charset=\"cp1252\"",
            "text/plain; charset=iso-8859-1", "TEXT/PLAIN; CHARSET=latin1"})
    void should_read_typographic_quotes_when_text_declares_a_western_single_byte_charset(String contentType) {
        // Senders that say ISO-8859-1 mostly send windows-1252 (as browsers assume): its „“ are bytes 0x84 and 0x93.
        Article article = intake.read(TEXT.getBytes(WINDOWS_1252), contentType);

        assertThat(article.text()).isEqualTo(TEXT);
    }

    @Test
    void should_read_umlauts_when_html_declares_the_charset_in_its_content_type() {
        byte[] html = ("<html><body><article><p>" + TEXT + "</p></article></body></html>").getBytes(WINDOWS_1252);

        assertThat(intake.read(html, "text/html; charset=windows-1252").text()).isEqualTo(TEXT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<meta charset=\"windows-1252\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"})
    void should_read_umlauts_when_an_undeclared_page_names_its_charset_in_a_meta_tag(String meta) {
        byte[] html = ("<html><head>" + meta + "<title>Brücke</title></head><body><article><p>" + TEXT
                + "</p></article></body></html>").getBytes(WINDOWS_1252);

        assertThat(intake.read(html, "text/html").text()).isEqualTo(TEXT);
        assertThat(intake.read(html, ArticleFormat.HTML).text()).isEqualTo(TEXT);
    }

    @Test
    void should_read_utf8_when_a_page_says_latin1_in_its_meta_tag_but_its_bytes_are_utf8() {
        // A page saved and re-encoded keeps its old meta tag; valid UTF-8 is never an accident in Latin-1 text.
        byte[] html = ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + TEXT + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(intake.read(html, "text/html").text()).isEqualTo(TEXT);
    }

    @Test
    void should_read_utf8_when_text_declares_latin1_but_a_gateway_passed_it_on_as_utf8() {
        // API Gateway and function URLs hand text bodies to Lambda as UTF-8; read as declared, every umlaut is garbled.
        assertThat(intake.read(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=ISO-8859-1").text())
                .isEqualTo(TEXT);
    }

    @Test
    void should_explain_the_way_out_when_a_gateway_already_replaced_the_umlauts() {
        // Latin-1 bytes decoded as UTF-8 upstream arrive as U+FFFD: nothing is left to recover, so say what works.
        byte[] damaged = "B\uFFFDrgermeisterin J\uFFFDrdis Wei\uFFFD".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> intake.read(damaged, "text/plain; charset=ISO-8859-1"))
                .isInstanceOfSatisfying(SummarizerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ENCODING);
                    assertThat(e.detail()).contains("application/octet-stream; charset=ISO-8859-1");
                });
    }

    @Test
    void should_stay_strict_utf8_when_no_charset_is_declared() {
        // Undeclared Latin-1 would otherwise be silently garbled; the caller learns to declare it.
        assertThatThrownBy(() -> intake.read(TEXT.getBytes(WINDOWS_1252), "text/plain"))
                .isInstanceOfSatisfying(SummarizerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ENCODING);
                    assertThat(e.detail()).contains("charset");
                });
        assertThat(intake.read(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8").text()).isEqualTo(TEXT);
    }

    @Test
    void should_read_utf16_when_the_text_starts_with_a_byte_order_mark() {
        // Windows editors save "Unicode" as UTF-16 with a BOM; its zero bytes are not binary data.
        byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);

        assertThat(intake.read(utf16, "text/plain").text()).isEqualTo(TEXT);
        assertThat(intake.read(utf16, (String) null).text()).isEqualTo(TEXT);
    }

    @Test
    void should_answer_415_when_the_charset_is_unknown() {
        assertThatThrownBy(() -> intake.read(TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=klingon-8"))
                .isInstanceOfSatisfying(SummarizerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.detail()).contains("klingon-8");
                });
    }

    @Test
    void should_reject_bytes_that_do_not_fit_a_declared_multibyte_charset() {
        byte[] notShiftJis = {(byte) 0x81, (byte) 0x20, 'a', 'b'};

        assertThatThrownBy(() -> intake.read(notShiftJis, "text/plain; charset=Shift_JIS"))
                .isInstanceOfSatisfying(SummarizerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ENCODING));
    }
}
