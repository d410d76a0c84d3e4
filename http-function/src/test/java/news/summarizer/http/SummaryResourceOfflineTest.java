package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

/** The zero-configuration path: no provider set, the offline engine answers every input format. */
@QuarkusTest
class SummaryResourceOfflineTest {

    private static final String ARTICLE = TestArticles.text(TestArticles.ODER_BRIDGE);
    private static final String BODY = ARTICLE.substring(ARTICLE.indexOf("Deutschland und Polen einigen")).strip();

    private static JsonPath post(String contentType, String body) {
        return given().contentType(contentType).body(body)
                .when().post("/summaries")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    @Test
    void should_summarise_with_grounded_actors_and_roles_when_no_model_is_configured() {
        // Without it a fresh checkout would need an API key before it could do anything.
        JsonPath json = post("text/plain; charset=UTF-8", ARTICLE);

        assertThat(json.getString("engine.provider")).isEqualTo("offline");
        assertThat(json.getInt("engine.modelCalls")).isZero();
        assertThat(json.getString("engine.promptVersion")).isNotBlank();
        assertThat(json.getList("warnings", String.class)).anyMatch(w -> w.contains("No language model was used"));
        assertThat(json.getString("article.date")).isEqualTo("2025-11-04");
        assertThat(json.getString("headline")).isNotBlank();
        assertThat(json.getList("keyPoints")).hasSizeBetween(3, 6);
        List<Map<String, Object>> actors = json.getList("actors");
        assertThat(actors).extracting(a -> a.get("name")).contains("Lena Hartwig", "Tomasz Wierzbicki", "Deutsche Bahn");
        Map<String, Object> hartwig = actors.stream().filter(a -> a.get("name").equals("Lena Hartwig")).findFirst().orElseThrow();
        assertThat((String) hartwig.get("role")).contains("Bundesverkehrsministerin");
        assertThat(hartwig.get("type")).isEqualTo("PERSON");
        for (Map<String, Object> actor : actors) {
            String evidence = (String) actor.get("evidence");
            int offset = (Integer) actor.get("evidenceOffset");
            assertThat(BODY.substring(offset, offset + evidence.length())).isEqualTo(evidence);
        }
    }

    @Test
    void should_list_every_named_entity_at_its_verbatim_offset_linked_to_its_actor() {
        // Without it a client could not highlight the names in the text or tell which actor a mention belongs to.
        JsonPath json = post("text/plain; charset=UTF-8", ARTICLE);

        List<Map<String, Object>> entities = json.getList("entities");
        assertThat(entities).isNotEmpty();
        for (Map<String, Object> entity : entities) {
            int offset = (Integer) entity.get("offset");
            assertThat(BODY.substring(offset, offset + (Integer) entity.get("length"))).isEqualTo(entity.get("text"));
        }
        assertThat(entities).filteredOn(entity -> "Lena Hartwig".equals(entity.get("text")))
                .allSatisfy(entity -> {
                    assertThat(entity.get("type")).isEqualTo("PERSON");
                    assertThat(entity.get("actor")).isEqualTo("Lena Hartwig");
                }).isNotEmpty();
    }

    @Test
    void should_read_text_and_metadata_when_body_is_json() {
        // Without it JSON clients could not send title and date with the text.
        String json = "{\"title\": \"Neue Oderbrücke\", \"date\": \"2025-11-04\", \"url\": \"https://example.org/oder\", \"text\": "
                + io.vertx.core.json.Json.encode(BODY) + "}";

        JsonPath summary = post("application/json", json);

        assertThat(summary.getString("article.title")).isEqualTo("Neue Oderbrücke");
        assertThat(summary.getString("article.date")).isEqualTo("2025-11-04");
        assertThat(summary.getList("actors.name")).contains("Lena Hartwig");
    }

    @Test
    void should_summarise_only_the_article_when_body_is_an_html_page() {
        // Without extraction navigation and cookie text would be summarised and quoted as evidence.
        String html = "<html><head><title>Oder</title></head><body><nav>Startseite Politik Wirtschaft</nav>"
                + "<div id=\"cookie-consent\">Wir nutzen Cookies für Werbung.</div><article><h1>Neue Oderbrücke</h1>"
                + String.join("", BODY.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").toList())
                + "</article><footer>Impressum Datenschutz</footer><script>track('Cookies')</script></body></html>";

        JsonPath summary = post("text/html; charset=UTF-8", html);

        assertThat(summary.getString("article.title")).isEqualTo("Neue Oderbrücke");
        assertThat(summary.getString("summary")).doesNotContain("Cookies").doesNotContain("Impressum");
        assertThat(summary.getInt("article.characters")).isEqualTo(BODY.length());
        assertThat(summary.getString("id")).isEqualTo(post("text/plain; charset=UTF-8", BODY).getString("id"));
    }

    @Test
    void should_summarise_markdown_without_markup_when_body_is_markdown() {
        // Without it Markdown syntax would appear in summaries and quotes.
        String markdown = "---\ndate: 2025-11-04\n---\n# Neue **Oderbrücke**\n\n" + BODY.replace("Lena Hartwig", "**Lena Hartwig**");

        JsonPath summary = post("text/markdown; charset=UTF-8", markdown);

        assertThat(summary.getString("article.title")).isEqualTo("Neue Oderbrücke");
        assertThat(summary.getString("article.date")).isEqualTo("2025-11-04");
        assertThat(summary.getList("actors.evidence", String.class)).noneMatch(e -> e.contains("**"));
    }

    @Test
    void should_be_ready_when_offline_engine_is_configured() {
        // Without it a load balancer or probe could not tell the function is usable.
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.data.provider", hasItem("offline"));
    }

    @Test
    void should_give_the_same_id_when_the_same_article_is_posted_twice() {
        // Without a content id callers could not deduplicate or cache results.
        String first = post("text/plain; charset=UTF-8", ARTICLE).getString("id");
        given().contentType("text/plain; charset=UTF-8").body(ARTICLE + "\n\n")
                .when().post("/summaries")
                .then().statusCode(200).body("id", equalTo(first)).body("id", startsWith("sha256:"));
    }
}
