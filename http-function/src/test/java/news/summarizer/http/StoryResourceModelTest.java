package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.MetricLines;
import news.summarizer.testing.StoryAnswers;
import news.summarizer.testing.StoryArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /stories through the openai provider, against the fake OpenAI-compatible server on 127.0.0.1. */
@QuarkusTest
@TestProfile(StoryModelProfile.class)
class StoryResourceModelTest {

    private FakeOpenAiServer model;

    @BeforeEach
    void resetModel() {
        model = FakeModelResource.model();
        model.reset();
    }

    private void answerEveryArticle() {
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.CLOSURE)),
                Reply.content(StoryAnswers.answer(StoryAnswers.ADJOURNED)),
                Reply.content(StoryAnswers.answer(StoryAnswers.STATE_OFFER)));
    }

    /**
     * Posts the three reports under {@code title}. The same story posted again is the same job and is answered from
     * it, so every scenario here posts its own title.
     */
    private static JsonPath story(String title) {
        return given().contentType("application/json").body(StoryArticles.request(title, StoryArticles.ALL).toString())
                .when().post("/stories")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    @Test
    void should_fuse_three_sources_with_one_model_call_per_article_plus_one_and_report_the_totals() {
        // Without it a story could silently cost more calls than n + 1, or report only the fusion call's usage.
        answerEveryArticle();
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));

        JsonPath json = story("Talvenwerk");

        assertThat(model.callCount()).isEqualTo(4);
        assertThat(json.getInt("engine.modelCalls")).isEqualTo(4);
        assertThat(json.getLong("engine.inputTokens")).isEqualTo(4 * 1200);
        assertThat(json.getLong("engine.outputTokens")).isEqualTo(4 * 300);
        assertThat(json.getString("engine.provider")).isEqualTo("openai");
        assertThat(json.getString("engine.promptVersion")).isEqualTo("story-v2");
        assertThat(json.getString("engine.summaryPromptVersion")).isEqualTo("summary-v3");
        assertThat(json.getString("headline")).startsWith("Talvenwerk-Werk in Brandenburg an der Havel");
        assertThat(json.getList("keyPoints")).hasSize(3);
        assertThat(json.getList("articles.headline")).containsExactly(
                "Talvenwerk kündigt Schließung des Werks in Brandenburg an der Havel an",
                "Entscheidung über das Talvenwerk-Werk vertagt", "Land bietet Talvenwerk Hilfe an");
        assertThat(json.getList("articles.source")).containsExactly("Märkische Rundschau", "Havelkurier", "npa");
        assertThat(json.getList("articles.engine.modelCalls", Integer.class)).containsExactly(1, 1, 1);
    }

    @Test
    void should_count_every_article_and_the_fusion_in_the_requests_metric_line() throws Exception {
        // Without it the line would miss what the story cost: the articles are summarised on the story's pool threads
        // (and the job on a background thread), which knew no invocation, and the fusion call was counted nowhere.
        answerEveryArticle();
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));

        List<String> lines = MetricLines.during(() -> story("Talvenwerk: Kennzahlen"));

        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(model.callCount()).isEqualTo(4);
        assertThat(line.path("Function").asText()).isEqualTo("http");
        assertThat(line.path("Summarized").asInt()).isEqualTo(3);
        assertThat(line.path("Articles").asInt()).isEqualTo(3);
        assertThat(line.path("ModelCalls").asInt()).isEqualTo(4);
        assertThat(line.path("InputTokens").asLong()).isEqualTo(4 * 1200);
        assertThat(line.path("OutputTokens").asLong()).isEqualTo(4 * 300);
        assertThat(line.path("Failed").asInt()).isZero();
    }

    @Test
    void should_merge_name_variants_across_sources_with_one_verbatim_quote_per_source() {
        // Without it "Reuter" (article 2) and "Jonas Reuter" (articles 0, 1) would be two actors of the story.
        answerEveryArticle();
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));

        JsonPath json = story("Talvenwerk: Namen");

        // Named by three sources first; then by mentions over all sources.
        assertThat(json.getList("actors.name")).containsExactly("Jonas Reuter", "Marlene Vogt", "Talvenwerk", "Katrin Albers");
        assertThat(json.getList("actors[0].sources.article", Integer.class)).containsExactly(0, 1, 2);
        assertThat(json.getString("actors[0].role")).isEqualTo("Vorstandschef");
        assertThat(json.getList("actors[2].sources.article", Integer.class)).containsExactly(0, 2);
        assertThat(json.getList("actors[3].sources.article", Integer.class)).containsExactly(1, 2);
        assertThat(json.getString("actors[0].sources[2].evidence")).isEqualTo("Reuter dämpfte die Erwartungen.");
        StoryChecks.quotesStandInTheirArticles(json, StoryArticles.ALL);
    }

    @Test
    void should_keep_only_claims_whose_evidence_stands_in_their_own_article_and_say_what_was_dropped() {
        // Without the check the story would attribute an invented quote ("500 Mitarbeiter") to a real outlet.
        answerEveryArticle();
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));

        JsonPath json = story("Talvenwerk: Belege");

        assertThat(json.getList("differences.topic")).containsExactly("Stand der Entscheidung", "Zahl der bedrohten Stellen");
        assertThat(json.getList("differences[0].claims.article", Integer.class)).containsExactly(0, 1, 2);
        // The model quoted with typographic marks; the story reports the article's own characters.
        assertThat(json.getString("differences[0].claims[2].evidence"))
                .isEqualTo("\"Die Schließung bleibt die wahrscheinlichste Option\", sagte der Talvenwerk-Chef nach dem Gespräch.");
        assertThat(json.getList("differences[1].claims.article", Integer.class)).containsExactly(0, 1);
        assertThat(json.getList("agreements.articles")).containsExactly(List.of(0, 1), List.of(0, 2));
        assertThat(json.getList("timeline.date")).containsExactly("2025-10-20", "2025-10-21", "2025-10-21", "2025-11-14");
        assertThat(json.getList("timeline.article", Integer.class)).containsExactly(0, 1, 2, 1);
        List<String> warnings = json.getList("warnings", String.class);
        assertThat(warnings).anyMatch(w -> w.contains("claim of article 2") && w.contains("does not occur"));
        assertThat(warnings).anyMatch(w -> w.contains("Verkauf des Standorts") && w.contains("fewer than two sources"));
        assertThat(warnings).anyMatch(w -> w.contains("Eine Aussage mit nur einer Quelle"));
        assertThat(warnings).anyMatch(w -> w.contains("Kundgebung vor dem Werk"));
        StoryChecks.quotesStandInTheirArticles(json, StoryArticles.ALL);
    }

    @Test
    void should_send_the_fusion_the_per_source_results_with_its_own_prompt_and_schema_not_the_articles() {
        // Without it the fusion call would carry every full text again (unbounded tokens) or the summary schema.
        answerEveryArticle();
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));

        given().contentType("application/json").body(StoryArticles.request(null, StoryArticles.ALL).toString())
                .when().post("/stories")
                .then().statusCode(200);

        JsonNode fusion = model.requests().get(3);
        String system = fusion.path("messages").get(0).path("content").asText();
        String user = fusion.path("messages").get(1).path("content").asText();
        assertThat(system).contains("Mehrere Quellen berichten über dasselbe Ereignis");
        assertThat(user).contains("Entscheidung über das Talvenwerk-Werk vertagt").contains("\"article\" : 2");
        assertThat(user).doesNotContain("Die IG Metall kündigte Widerstand an."); // a sentence only in the full text
        JsonNode schema = fusion.path("response_format").path("json_schema").path("schema");
        assertThat(fusion.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(schema.path("properties").has("differences")).isTrue();
        assertThat(schema.path("properties").has("actors")).isFalse();
        // OpenAI's strict mode rejects a schema whose objects leave a property optional or allow others.
        assertThat(schema.path("required").toString()).contains("differences", "timeline");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        JsonNode claim = schema.path("properties").path("differences").path("items").path("properties").path("claims").path("items");
        assertThat(claim.path("required").toString()).contains("article", "statement", "evidence");
        assertThat(user).doesNotContain("Titel der Geschichte"); // no title given, no title line
    }

    @Test
    void should_fall_back_to_the_offline_fusion_with_a_warning_when_the_fusion_answer_stays_unusable() {
        // Without it three paid summaries would be thrown away because the last call went wrong. The fusion gets the
        // summary's correction budget (summarizer.model.reprompts, 2): three answers in all.
        answerEveryArticle();
        model.enqueue(Reply.content("Das ist kein JSON."), Reply.content("{\"headline\": \"\"}"),
                Reply.content("{\"headline\": \"Talvenwerk\"}"));

        JsonPath json = story("Talvenwerk: Rückfall");

        assertThat(model.callCount()).isEqualTo(6);
        assertThat(json.getInt("engine.modelCalls")).isEqualTo(6);
        assertThat(json.getString("engine.promptVersion")).isEqualTo("story-offline-v1");
        assertThat(json.getString("headline")).isEqualTo("Talvenwerk: Rückfall");
        assertThat(json.getList("articles")).hasSize(3);
        assertThat(json.getList("warnings", String.class)).anyMatch(w -> w.contains("fused offline"));
    }

    @Test
    void should_answer_the_model_problem_naming_the_article_when_a_source_cannot_be_summarised() {
        // Without it a provider outage on the second source would surface as a 500 or a story missing a source.
        model.enqueue(Reply.content(StoryAnswers.answer(StoryAnswers.CLOSURE)));
        model.answerAlways(Reply.status(503, "{\"error\":{\"message\":\"overloaded\"}}"));

        Map<String, Object> problem = given().contentType("application/json")
                .body(StoryArticles.request("Talvenwerk: Ausfall", StoryArticles.ALL).toString())
                .when().post("/stories")
                .then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("model_unavailable"))
                .extract().jsonPath().getMap("$");
        assertThat((String) problem.get("detail")).startsWith("articles[1]");
    }

    @Test
    void should_hold_the_fusion_to_the_summary_limits_and_fact_check_and_ask_once_for_a_correction() throws Exception {
        // Without the one conversation the story's answer would pass with eight key points and a number no source
        // gives ("1200 Stellen"), since the fusion had checks of its own that looked at neither.
        answerEveryArticle();
        com.fasterxml.jackson.databind.node.ObjectNode broken = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(StoryAnswers.answer(StoryAnswers.FUSION));
        var keyPoints = broken.putArray("keyPoints");
        for (int i = 1; i <= 8; i++) {
            keyPoints.add("Kernaussage Nummer " + i + " über das Werk in Brandenburg an der Havel.");
        }
        broken.put("headline", "Talvenwerk streicht 1200 Stellen");
        model.enqueue(Reply.content(broken.toString()), Reply.content(StoryAnswers.answer(StoryAnswers.FUSION)));

        JsonPath json = story("Talvenwerk: Grenzen");

        assertThat(model.callCount()).isEqualTo(5);
        String correction = model.requests().get(4).path("messages").toString();
        assertThat(correction).contains("\\\"keyPoints\\\" hat 8 Einträge; verlangt sind 3 bis 6.").contains("1200");
        assertThat(json.getList("keyPoints")).hasSize(3);
        assertThat(json.getString("headline")).doesNotContain("1200");
    }
}
