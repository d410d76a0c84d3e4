package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Articles as real clients send them: curl without {@code -H}, no Content-Type, octet-stream, Latin-1 with its charset
 * declared, an English article to the offline engine. Each was rejected (415/400) or mislabelled before.
 */
@QuarkusTest
class SummaryResourceIntakeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ARTICLE = """
             date 2024-11

            Lindenau (dpa) - Der Stadtrat von Lindenau hat am Dienstag den Bau einer neuen Brücke über die Mulde \
            beschlossen. Die Kosten liegen nach Angaben der Stadtverwaltung bei zwölf Millionen Euro.

            „Wir haben lange auf diesen Tag gewartet“, sagte Bürgermeisterin Jördis Weiß nach der Abstimmung. \
            Die Opposition kritisierte die Finanzierung und kündigte an, den Haushalt genau zu prüfen.

            Die Bauarbeiten sollen im Frühjahr beginnen und zwei Jahre dauern. Der Landkreis beteiligt sich mit drei \
            Millionen Euro an dem Vorhaben, teilte Landrat Henrik Sommer mit.
            """;

    /** Exactly the header and bytes given, as curl sends them: no charset appended, a form body not re-encoded. */
    private static RequestSpecification raw(String contentType, byte[] body) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs("application/x-www-form-urlencoded", io.restassured.http.ContentType.BINARY)))
                .header("Content-Type", contentType).body(body);
    }

    /** The body as API Gateway or a function URL sends bytes it does not treat as text: base64 in the event. */
    private static JsonPath viaLambdaEvent(String contentType, byte[] body) throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(Files.readString(Path.of("..", "events", "http-api-post.json")));
        ((ObjectNode) event.get("headers")).put("content-type", contentType);
        event.put("body", Base64.getEncoder().encodeToString(body)).put("isBase64Encoded", true);
        JsonPath response = given().contentType("application/json").body(MAPPER.writeValueAsString(event))
                .when().post("/_lambda_").then().statusCode(200).extract().jsonPath();
        assertThat(response.getInt("statusCode")).as(response.prettify()).isEqualTo(200);
        return JsonPath.from(response.getBoolean("isBase64Encoded")
                ? new String(Base64.getDecoder().decode(response.getString("body")), StandardCharsets.UTF_8)
                : response.getString("body"));
    }

    private static JsonPath ok(RequestSpecification request) {
        return request.when().post("/summaries").then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static void assertLindenauSummary(JsonPath json) {
        assertThat(json.getString("article.date")).isEqualTo("2024-11");
        assertThat(json.getString("headline")).startsWith("Der Stadtrat von Lindenau");
        assertThat(json.getString("summary")).contains("Brücke über die Mulde").doesNotContain("date 2024", "(dpa)");
        assertThat(json.getString("language")).isEqualTo("de");
    }

    @Test
    void should_summarise_when_curl_posts_a_file_with_its_default_form_content_type() {
        // curl --data-binary @artikel.txt without -H sends application/x-www-form-urlencoded and the file's raw bytes.
        assertLindenauSummary(ok(raw("application/x-www-form-urlencoded", ARTICLE.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void should_summarise_when_the_request_has_no_content_type() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/summaries")).POST(HttpRequest.BodyPublishers.ofByteArray(
                        ARTICLE.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertLindenauSummary(new JsonPath(response.body()));
    }

    @Test
    void should_extract_the_article_when_a_web_page_comes_as_octet_stream() {
        String html = "<!DOCTYPE html><html><head><title>Lindenau</title><script>var tracking = 1;</script></head><body>"
                + "<nav>Startseite Politik Sport</nav><article><h1>Neue Brücke über die Mulde</h1>"
                + "<p>Der Stadtrat von Lindenau hat am Dienstag den Bau einer neuen Brücke über die Mulde beschlossen.</p>"
                + "<p>Die Kosten liegen nach Angaben der Stadtverwaltung bei zwölf Millionen Euro.</p>"
                + "<p>Bürgermeisterin Jördis Weiß sprach von einem guten Tag für die Stadt.</p></article></body></html>";

        JsonPath json = ok(raw("application/octet-stream", html.getBytes(StandardCharsets.UTF_8)));

        assertThat(json.getString("article.title")).isEqualTo("Neue Brücke über die Mulde");
        assertThat(json.getString("headline")).isEqualTo("Neue Brücke über die Mulde");
        assertThat(json.getString("summary")).doesNotContain("tracking", "Startseite", "<p>");
    }

    @Test
    void should_read_umlauts_right_when_a_latin1_body_declares_its_charset_and_arrives_as_bytes() throws Exception {
        // Latin-1 has no „“; the rest of the article is the same, so the text (and its id) must be the same.
        String latin1 = ARTICLE.replace('„', '"').replace('“', '"');
        String utf8Id = ok(raw("text/plain; charset=UTF-8", latin1.getBytes(StandardCharsets.UTF_8))).getString("id");

        JsonPath event = viaLambdaEvent("text/plain; charset=ISO-8859-1", latin1.getBytes(StandardCharsets.ISO_8859_1));
        JsonPath octets = ok(raw("application/octet-stream; charset=ISO-8859-1", latin1.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(event.getString("summary")).contains("Brücke über die Mulde");
        assertThat(event.getString("id")).isEqualTo(utf8Id);
        assertThat(octets.getString("id")).isEqualTo(utf8Id);
    }

    @Test
    void should_read_typographic_quotes_when_a_windows_1252_body_declares_its_charset() throws Exception {
        String utf8Id = ok(raw("text/plain; charset=UTF-8", ARTICLE.getBytes(StandardCharsets.UTF_8))).getString("id");

        JsonPath json = viaLambdaEvent("text/plain; charset=windows-1252", ARTICLE.getBytes(Charset.forName("windows-1252")));

        assertThat(json.getString("id")).isEqualTo(utf8Id);
    }

    @Test
    void should_explain_how_to_send_latin1_when_the_gateway_decoded_a_text_body_as_utf8() {
        // Text bodies reach Lambda as UTF-8 strings (the Quarkus event server does what API Gateway does): Latin-1
        // umlauts are already U+FFFD. The caller must learn what works instead of getting garbled text.
        raw("text/plain; charset=ISO-8859-1", "Bürgermeisterin Jördis Weiß".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/summaries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid_encoding"))
                .body("detail", org.hamcrest.Matchers.containsString("application/octet-stream; charset=ISO-8859-1"));
    }

    @Test
    void should_answer_415_when_the_declared_charset_is_unknown() {
        raw("text/plain; charset=klingon-8", ARTICLE.getBytes(StandardCharsets.UTF_8))
                .when().post("/summaries")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void should_still_answer_400_when_an_undeclared_body_is_binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        raw("application/x-www-form-urlencoded", png).when().post("/summaries")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("binary_content"));
        raw("application/octet-stream", png).when().post("/summaries")
                .then().statusCode(400).body("code", equalTo("binary_content"));
    }

    @Test
    void should_answer_in_english_and_label_it_en_when_the_offline_engine_gets_an_english_article() {
        // The offline engine cannot translate; "language": "de" on an English summary was a lie.
        String english = """
                HARBOURTON (Reuters) - The city council of Harbourton approved a new bridge over the river on Tuesday, \
                mayor Ellen Marsh said after the vote.

                The project will cost twelve million pounds and should be finished by 2027, according to the council. \
                The opposition criticised the financing and said it would examine the budget closely.

                Construction is due to begin in the spring and will take two years. During that time traffic will be \
                diverted over a temporary bridge in the north of the town.
                """;

        JsonPath json = ok(raw("text/plain; charset=UTF-8", english.getBytes(StandardCharsets.UTF_8)));

        assertThat(json.getString("language")).isEqualTo("en");
        assertThat(json.getString("sourceLanguage")).isEqualTo("en");
        assertThat(json.getString("summary")).startsWith("The city council of Harbourton");
        assertThat(json.getList("warnings", String.class)).anyMatch(w -> w.contains("not German") && w.contains("\"en\""));
    }
}
