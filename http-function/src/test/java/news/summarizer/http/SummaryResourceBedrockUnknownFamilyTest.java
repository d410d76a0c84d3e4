package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import news.summarizer.testing.BedrockAnswers;
import news.summarizer.testing.FakeAwsServer;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * A Converse model that takes no forced tool and that no curated guess covers: the stand-in refuses
 * {@code toolChoice.tool} as Bedrock does, and the function must learn it from that answer.
 */
@QuarkusTest
@TestProfile(BedrockProfile.UnknownFamily.class)
class SummaryResourceBedrockUnknownFamilyTest {

    @Test
    void should_summarise_with_the_prompt_schema_paying_the_refusal_only_for_the_first_article() {
        // Without it every article on Llama, Mistral, Jamba ... ended in 502 model_request_rejected.
        FakeAwsServer bedrock = BedrockProfile.ConverseStub.server();
        bedrock.enqueue(BedrockAnswers.text(ModelAnswers.oderBridge().toString()));
        bedrock.enqueue(BedrockAnswers.text("```json\n" + ModelAnswers.oderBridge() + "\n```"));

        int before = bedrock.requests().size();
        summarise();
        int first = bedrock.requests().size() - before;
        summarise();
        int second = bedrock.requests().size() - before - first;

        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(1);
        List<FakeAwsServer.Recorded> calls = bedrock.requests().subList(before, bedrock.requests().size());
        assertThat(calls.get(0).body().path("toolConfig").path("toolChoice").has("tool")).isTrue();
        assertThat(calls.get(1).body().has("toolConfig")).isFalse();
        assertThat(calls.get(2).body().has("toolConfig")).isFalse();
        // The schema travels in the system prompt instead: the fields the contract needs are named there.
        StringBuilder system = new StringBuilder();
        calls.get(2).body().path("system").forEach(block -> system.append(block.path("text").asText()).append('\n'));
        assertThat(system.toString()).contains("\"keyPoints\"", "\"evidence\"");
    }

    private static void summarise() {
        given().contentType("text/plain; charset=UTF-8").body(TestArticles.text(TestArticles.ODER_BRIDGE))
                .when().post("/summaries")
                .then().statusCode(200)
                .body("engine.model", equalTo(BedrockProfile.UnknownFamily.JAMBA))
                .body("summary", equalTo(ModelAnswers.oderBridge().path("summary").asText()))
                .body("actors.name", contains("Lena Hartwig", "Tomasz Wierzbicki", "Deutsche Bahn"));
    }
}
