package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A web page posted as it was saved: the answer's {@code article} carries what the page says about itself, and with
 * {@code ?include=text} the text that was read. Without these a caller could not tell what the engine was given.
 */
@QuarkusTest
class SummaryResourceHtmlPageTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
            <title>Neue Brücke über die Mulde beschlossen | Lindenauer Bote</title>
            <meta property="og:site_name" content="Lindenauer Bote">
            <meta name="author" content="Henrike Falk">
            <link rel="canonical" href="https://bote.example/lindenau/bruecke">
            <meta property="article:published_time" content="2024-11-05T09:30:00+01:00">
            </head><body>
            <div class="cookie-banner"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Akzeptieren?</p></div>
            <article><h1>Neue Brücke über die Mulde beschlossen</h1>
            <p>Der Stadtrat von Lindenau hat am Dienstag den Bau einer neuen Brücke über die Mulde beschlossen. Die Kosten
            liegen nach Angaben der Stadtverwaltung bei zwölf Millionen Euro.</p>
            <p>„Wir haben lange auf diesen Tag gewartet“, sagte Bürgermeisterin Jördis Weiß nach der Abstimmung. Die
            Opposition kritisierte die Finanzierung und kündigte an, den Haushalt genau zu prüfen.</p>
            </article></body></html>
            """;

    @Test
    void should_show_the_text_that_was_read_when_include_text_is_asked() {
        given().contentType("text/html; charset=UTF-8").body(PAGE.getBytes(StandardCharsets.UTF_8))
                .queryParam("include", "text")
                .when().post("/summaries")
                .then().statusCode(200)
                .body("article.text", containsString("Der Stadtrat von Lindenau hat am Dienstag"))
                .body("article.text", not(containsString("Cookies")));
    }

    @Test
    void should_leave_the_text_out_when_it_is_not_asked() {
        given().contentType("text/html; charset=UTF-8").body(PAGE.getBytes(StandardCharsets.UTF_8))
                .when().post("/summaries")
                .then().statusCode(200)
                .body("article", not(org.hamcrest.Matchers.hasKey("text")));
    }

    @Test
    void should_answer_with_the_page_metadata() {
        given().contentType("text/html; charset=UTF-8").body(PAGE.getBytes(StandardCharsets.UTF_8))
                .when().post("/summaries")
                .then().statusCode(200)
                .body("article.title", equalTo("Neue Brücke über die Mulde beschlossen"))
                .body("article.date", equalTo("2024-11-05"))
                .body("article.authors", hasItem("Henrike Falk"))
                .body("article.publisher", equalTo("Lindenauer Bote"))
                .body("article.canonicalUrl", equalTo("https://bote.example/lindenau/bruecke"))
                .body("article.pageLanguage", equalTo("de"));
    }

    @Test
    void should_answer_null_for_metadata_a_plain_text_article_does_not_have() {
        given().contentType("text/plain; charset=UTF-8")
                .body("Der Stadtrat von Lindenau hat am Dienstag den Bau einer neuen Brücke über die Mulde beschlossen. "
                        + "Die Kosten liegen nach Angaben der Stadtverwaltung bei zwölf Millionen Euro.")
                .when().post("/summaries")
                .then().statusCode(200)
                .body("article.publisher", nullValue())
                .body("article.pageLanguage", nullValue());
    }
}
