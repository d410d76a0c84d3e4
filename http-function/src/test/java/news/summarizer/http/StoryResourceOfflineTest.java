package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import news.summarizer.testing.StoryArticles;
import org.junit.jupiter.api.Test;

/** POST /stories with no provider configured: the offline engine summarises every source and fuses them. */
@QuarkusTest
class StoryResourceOfflineTest {

    private static JsonPath story(ObjectNode body) {
        return given().contentType("application/json").body(body.toString())
                .when().post("/stories")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    @Test
    void should_merge_actors_across_sources_with_one_verbatim_quote_each_when_three_sources_report_one_event() {
        // Without it a story would list "Jonas Reuter" once per outlet, or quote a source at a wrong offset.
        JsonPath json = story(StoryArticles.request("Talvenwerk", StoryArticles.ALL));

        assertThat(json.getString("id")).matches("sha256:[0-9a-f]{64}");
        assertThat(json.getString("title")).isEqualTo("Talvenwerk");
        assertThat(json.getString("language")).isEqualTo("de");
        assertThat(json.getString("headline")).isNotBlank();
        assertThat(json.getString("summary")).isNotBlank();
        assertThat(json.getList("keyPoints")).isNotEmpty();
        List<Map<String, Object>> actors = json.getList("actors");
        List<Map<String, Object>> reuter = actors.stream().filter(a -> ((String) a.get("name")).contains("Reuter")).toList();
        assertThat(reuter).hasSize(1);
        assertThat(json.getList("actors.find { it.name.contains('Reuter') }.sources.article", Integer.class))
                .containsExactly(0, 1, 2);
        assertThat(json.getList("actors.find { it.name.contains('Vogt') }.sources.article", Integer.class))
                .containsExactly(0, 1, 2);
        int perSource = json.getList("actors.find { it.name.contains('Reuter') }.sources.mentions", Integer.class)
                .stream().mapToInt(Integer::intValue).sum();
        assertThat(json.getInt("actors.find { it.name.contains('Reuter') }.mentions")).isEqualTo(perSource);
        StoryChecks.quotesStandInTheirArticles(json, StoryArticles.ALL);
    }

    @Test
    void should_keep_each_source_result_and_a_dated_timeline_and_say_differences_need_a_model() {
        // Without it the caller could not trace a story back to its sources, nor tell "no differences" from "not looked".
        JsonPath json = story(StoryArticles.request(null, StoryArticles.ALL));

        assertThat(json.getList("articles")).hasSize(3);
        assertThat(json.getList("articles.source")).containsExactly("Märkische Rundschau", "Havelkurier", "npa");
        assertThat(json.getList("articles.id", String.class)).allMatch(id -> id.startsWith("sha256:")).doesNotHaveDuplicates();
        assertThat(json.getList("articles.article.date")).containsExactly("2025-10-20", "2025-10-21", "2025-10-21");
        assertThat(json.getList("articles.engine.provider")).containsOnly("offline");
        assertThat(json.getList("timeline.date")).containsExactly("2025-10-20", "2025-10-21", "2025-10-21");
        assertThat(json.getList("timeline.article", Integer.class)).containsExactly(0, 1, 2);
        assertThat(json.getList("differences")).isEmpty();
        assertThat(json.getList("warnings", String.class)).anyMatch(w -> w.contains("differences between the sources are not detected"));
        assertThat(json.getString("engine.provider")).isEqualTo("offline");
        assertThat(json.getInt("engine.modelCalls")).isZero();
        assertThat(json.getString("engine.promptVersion")).isEqualTo("story-offline-v1");
        assertThat(json.getString("engine.summaryPromptVersion")).isEqualTo(json.getString("articles[0].engine.promptVersion"));
    }

    @Test
    void should_answer_the_sample_request_of_the_readme() throws Exception {
        // Without it the README's curl example (events/stories-post.json) could drift from what the endpoint accepts.
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("..", "events", "stories-post.json"));

        JsonPath json = given().contentType("application/json").body(sample)
                .when().post("/stories")
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getList("articles")).hasSize(3);
        assertThat(json.getString("id")).isEqualTo(story(StoryArticles.request(null, StoryArticles.ALL)).getString("id"));
    }

    @Test
    void should_give_the_same_story_id_whatever_the_order_of_the_sources() {
        // Without it the same story sent twice in another order could not be recognised (caching, deduplication).
        String forward = story(StoryArticles.request(null, StoryArticles.ALL)).getString("id");
        String backward = story(StoryArticles.request(null, List.of(StoryArticles.STATE_OFFER, StoryArticles.ADJOURNED,
                StoryArticles.CLOSURE))).getString("id");

        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void should_merge_exact_duplicates_with_a_warning_instead_of_failing() {
        // Without it an article pasted twice would be summarised twice and counted as two sources agreeing.
        JsonPath json = story(StoryArticles.request(null,
                List.of(StoryArticles.CLOSURE, StoryArticles.ADJOURNED, StoryArticles.CLOSURE)));

        assertThat(json.getList("articles")).hasSize(2);
        assertThat(json.getList("warnings", String.class)).anyMatch(w -> w.contains("Article 2 has exactly the same text"));
    }

    @Test
    void should_answer_400_when_duplicates_leave_fewer_than_two_distinct_articles() {
        // Without it one article sent twice would pass as a story of two sources.
        given().contentType("application/json")
                .body(StoryArticles.request(null, List.of(StoryArticles.CLOSURE, StoryArticles.CLOSURE)).toString())
                .when().post("/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("story_article_count"));
    }

    @Test
    void should_answer_400_problem_when_the_story_has_one_article() {
        // Without it a single article would be answered as a "story" without any second source.
        given().contentType("application/json").body(StoryArticles.request(null, List.of(StoryArticles.CLOSURE)).toString())
                .when().post("/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("story_article_count"))
                .body("type", equalTo("urn:news-summarizer:problem:story_article_count"))
                .body("instance", equalTo("/stories"));
    }

    @Test
    void should_answer_400_problem_when_the_story_has_more_than_twenty_articles() {
        // Without the limit one request could cost 21+ model calls and outlast the function's timeout.
        ObjectNode body = StoryArticles.request(null, List.of());
        ArrayNode articles = (ArrayNode) body.get("articles");
        for (int i = 0; i < 21; i++) {
            articles.addObject().put("text", "Meldung Nummer " + i + ": Der Stadtrat von Lindenau tagte am Abend.");
        }

        given().contentType("application/json").body(body.toString())
                .when().post("/stories")
                .then().statusCode(400).body("code", equalTo("story_article_count"))
                .body("detail", containsString("got 21"));
    }

    @Test
    void should_answer_400_problem_naming_the_article_when_one_article_is_empty() {
        // Without the index the caller could not tell which of twenty articles to fix.
        ObjectNode body = StoryArticles.request(null, StoryArticles.ALL);
        ((ObjectNode) body.get("articles").get(1)).put("text", "   \n  ");

        given().contentType("application/json").body(body.toString())
                .when().post("/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("empty_article"))
                .body("detail", containsString("articles[1]"));
    }

    @Test
    void should_answer_413_problem_when_the_articles_together_exceed_the_size_limit() {
        // Without the total a story of twenty articles just under the limit each would be twenty times too large.
        String paragraph = "Der Stadtrat von Lindenau hat am Dienstag über den neuen Haushalt beraten und vieles vertagt. ";
        String longArticle = paragraph.repeat(75_000 / paragraph.length());
        ObjectNode body = StoryArticles.request(null, List.of());
        ArrayNode articles = (ArrayNode) body.get("articles");
        for (int i = 0; i < 3; i++) {
            articles.addObject().put("text", "Teil " + i + ". " + longArticle);
        }

        given().contentType("application/json").body(body.toString())
                .when().post("/stories")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("article_too_large"))
                .body("detail", containsString("together"));
    }

    @Test
    void should_answer_400_problem_when_the_body_is_not_a_story() {
        // Without it a malformed body would surface as a 500.
        given().contentType("application/json").body("{\"articles\": \"keine Liste\"}")
                .when().post("/stories")
                .then().statusCode(400).body("code", equalTo("invalid_request"));
        given().contentType("application/json").body("{\"articles\": [")
                .when().post("/stories")
                .then().statusCode(400).body("code", equalTo("invalid_request"));
    }

    @Test
    void should_answer_415_problem_when_the_story_is_not_json() {
        // Without it a plain-text body would be misread as one article or fail with a framework error page.
        given().contentType("text/plain").body("Zwei Artikel")
                .when().post("/stories")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void should_describe_stories_in_the_openapi_document() {
        // Without it clients generated from /q/openapi would not know the endpoint exists.
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/stories'.post.responses.keySet()", hasItem("413"))
                .body("paths.'/stories'.post.responses.'200'.description", containsString("story"));
    }

    @SuppressWarnings("unused")
    private static org.hamcrest.Matcher<?> size(int n) {
        return hasSize(n);
    }
}
