package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

/** A model that copies the article's dateline into its German draft: the contract's texts never open with one. */
@QuarkusTest
@TestProfile(ModelProfile.class)
class SummaryResourceModelDatelineTest {

    @Test
    void should_strip_an_agency_dateline_when_the_model_opens_headline_summary_or_key_point_with_it() {
        FakeOpenAiServer model = FakeModelResource.model();
        model.reset();
        ObjectNode answer = ModelAnswers.oderBridge();
        answer.put("headline", "Frankfurt (Oder) (dpa) - " + answer.path("headline").asText());
        answer.put("summary", "Frankfurt (Oder) (dpa) - " + answer.path("summary").asText());
        ArrayNode keyPoints = (ArrayNode) answer.path("keyPoints");
        keyPoints.set(0, keyPoints.get(0).asText().replaceFirst("^", "FRANKFURT (ODER) (Reuters) – "));
        model.enqueue(Reply.content(answer.toString()));

        JsonPath json = given().contentType("text/plain; charset=UTF-8").body(TestArticles.text(TestArticles.ODER_BRIDGE))
                .when().post("/summaries")
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getString("headline")).isEqualTo("Deutschland und Polen bauen gemeinsam eine neue Oderbrücke");
        assertThat(json.getString("summary")).isEqualTo(ModelAnswers.oderBridge().path("summary").asText());
        assertThat(json.getList("keyPoints", String.class).get(0))
                .isEqualTo(ModelAnswers.oderBridge().path("keyPoints").get(0).asText());
        assertThat(json.getString("language")).isEqualTo("de");
    }
}
