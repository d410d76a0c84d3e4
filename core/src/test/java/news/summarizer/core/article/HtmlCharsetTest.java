package news.summarizer.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.Test;

/** Pages as they are stored: the charset is found, not given. Without these, such pages were refused or garbled. */
class HtmlCharsetTest {

    private static final String SENTENCE = "Die Fähre „Möwe“ verkehrt ab Montag wieder zwischen Großenbrück und der Insel Weißholm.";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset LATIN_2 = Charset.forName("ISO-8859-2");

    private final ArticleIntake intake = new ArticleIntake(TestConfigs.config());

    private static String page(String head, String text) {
        return head + "<html><head><title>Fähre</title></head><body><article><p>" + text + "</p><p>"
                + "Der Kapitän rechnet mit vielen Fahrgästen, weil die Brücke über den Sund gesperrt bleibt.</p>"
                + "</article></body></html>";
    }

    private String read(byte[] page) {
        return intake.read(page, ArticleFormat.HTML).text();
    }

    @Test
    void should_read_utf8_when_the_page_starts_with_a_byte_order_mark() {
        byte[] bytes = ("\uFEFF" + page("", SENTENCE)).getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes)).startsWith(SENTENCE);
    }

    @Test
    void should_read_windows_1252_when_meta_charset_names_it() {
        // Without the page's own declaration the typographic quotes (0x84, 0x93) would be lost.
        byte[] bytes = page("<meta charset=\"windows-1252\">", SENTENCE).getBytes(WINDOWS_1252);

        assertThat(read(bytes)).startsWith(SENTENCE);
    }

    @Test
    void should_read_iso_8859_1_when_http_equiv_names_it() {
        String text = "Die Fähre verkehrt ab Montag wieder zwischen Großenbrück und der Insel Weißholm.";
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", text)
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(read(bytes)).startsWith(text);
    }

    @Test
    void should_read_the_charset_of_the_xml_declaration() {
        // ISO-8859-2 differs from windows-1252 in its letters: only the declaration tells "ł" from "³".
        String text = "Die Fähre nach Łeba verkehrt ab Montag wieder, sagte Bürgermeisterin Ewa Kowalska.";
        byte[] bytes = page("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>", text).getBytes(LATIN_2);

        assertThat(read(bytes)).startsWith(text);
    }

    @Test
    void should_read_windows_1252_when_a_page_declares_nothing_and_is_not_utf8() {
        byte[] bytes = page("", SENTENCE).getBytes(WINDOWS_1252);

        assertThat(read(bytes)).startsWith(SENTENCE).doesNotContain("\uFFFD");
    }

    @Test
    void should_read_utf8_when_a_page_declares_nothing() {
        byte[] bytes = page("", SENTENCE).getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes)).startsWith(SENTENCE);
    }

    @Test
    void should_read_a_stray_latin1_byte_in_a_utf8_page_as_windows_1252() {
        // A word pasted from an old system into a UTF-8 template: the page must not be refused for one byte.
        byte[] utf8 = page("<meta charset=\"utf-8\">", SENTENCE).replace("Kapitän", "KAPITAEN").getBytes(StandardCharsets.UTF_8);
        String withStray = new String(utf8, StandardCharsets.ISO_8859_1).replace("KAPITAEN", "Kapit\u00E4n");

        assertThat(read(withStray.getBytes(StandardCharsets.ISO_8859_1))).startsWith(SENTENCE).contains("Der Kapitän rechnet");
    }

    @Test
    void should_keep_utf8_when_a_stale_meta_tag_names_latin1() {
        byte[] bytes = page("<meta charset=\"iso-8859-1\">", SENTENCE).getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes)).startsWith(SENTENCE);
    }

    @Test
    void should_refuse_a_page_whose_umlauts_a_gateway_already_replaced() {
        String damaged = page("", SENTENCE).replace('ä', '\uFFFD').replace('ö', '\uFFFD').replace('ü', '\uFFFD')
                .replace('ß', '\uFFFD');

        assertThatThrownBy(() -> read(damaged.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SummarizerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ENCODING));
    }
}
