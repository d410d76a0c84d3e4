package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import news.summarizer.testing.BedrockAnswers;
import news.summarizer.testing.FakeAwsServer;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;

/** POST /summaries with the Bedrock provider: the real SDK, SigV4-signed, against a local Converse stub. */
@QuarkusTest
@TestProfile(BedrockProfile.class)
class SummaryResourceBedrockTest {

    @Test
    void should_summarise_through_converse_when_provider_is_bedrock() {
        // Without it the bedrock setting could fail in the application (provider not found, request not signed)
        // although the provider works on its own.
        FakeAwsServer bedrock = BedrockProfile.ConverseStub.server();
        bedrock.enqueue(new FakeAwsServer.Response(200, """
                {"output":{"message":{"role":"assistant","content":[{"toolUse":{"toolUseId":"t1","name":"submit_summary","input":%s}}]}},
                 "stopReason":"tool_use","usage":{"inputTokens":900,"outputTokens":250,"totalTokens":1150}}
                """.formatted(ModelAnswers.oderBridge()), Map.of()));

        given().contentType("text/plain; charset=UTF-8").body(TestArticles.text(TestArticles.ODER_BRIDGE))
                .when().post("/summaries")
                .then().statusCode(200)
                .body("engine.provider", equalTo("bedrock"))
                .body("engine.model", equalTo("eu.anthropic.claude-3-7-sonnet-20250219-v1:0"))
                .body("engine.inputTokens", equalTo(900))
                .body("actors.name", contains("Lena Hartwig", "Tomasz Wierzbicki", "Deutsche Bahn"));

        FakeAwsServer.Recorded request = bedrock.requests().get(bedrock.requests().size() - 1);
        assertThat(request.path()).endsWith("/converse");
        assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTESTONLY/");
        assertThat(request.body().path("system").get(0).path("text").asText()).contains("Schreibe immer auf Deutsch");
    }

    private static int callsDuring(Runnable request) {
        FakeAwsServer bedrock = BedrockProfile.ConverseStub.server();
        int before = bedrock.requests().size();
        request.run();
        return bedrock.requests().size() - before;
    }

    private static io.restassured.response.ValidatableResponse postOderBridge() {
        return given().contentType("text/plain; charset=UTF-8").body(TestArticles.text(TestArticles.ODER_BRIDGE))
                .when().post("/summaries").then();
    }

    @Test
    void should_answer_502_model_access_denied_naming_console_access_and_iam_grant_after_one_call() {
        // Without it a Bedrock user without model access is told to check an API key that does not exist.
        BedrockProfile.ConverseStub.server().enqueue(BedrockAnswers.Error.ACCESS_DENIED.response());

        int calls = callsDuring(() -> postOderBridge().statusCode(502)
                .contentType("application/problem+json")
                .body("code", equalTo("model_access_denied"))
                .body("detail", containsString("Model access"))
                .body("detail", containsString("bedrock:InvokeModel"))
                .body("detail", not(containsString("check the API key"))));

        assertThat(calls).isEqualTo(1);
    }

    @Test
    void should_answer_502_model_not_found_naming_the_model_id_when_bedrock_finds_the_id_invalid() {
        // Without it an inference profile of another Region reads as a rejected article.
        BedrockProfile.ConverseStub.server().enqueue(BedrockAnswers.Error.INVALID_MODEL_ID.response());

        int calls = callsDuring(() -> postOderBridge().statusCode(502)
                .body("code", equalTo("model_not_found"))
                .body("detail", containsString(BedrockProfile.CLAUDE)));

        assertThat(calls).isEqualTo(1);
    }

    @Test
    void should_retry_and_answer_200_when_the_model_is_not_ready_at_first() {
        // Without it a model still loading (ModelNotReadyException, HTTP 429) fails the article instead of waiting.
        FakeAwsServer bedrock = BedrockProfile.ConverseStub.server();
        bedrock.enqueue(BedrockAnswers.Error.MODEL_NOT_READY.response());
        bedrock.enqueue(BedrockAnswers.toolUse(ModelAnswers.oderBridge(), "tool_use"));

        int calls = callsDuring(() -> postOderBridge().statusCode(200)
                .body("engine.modelCalls", equalTo(2))
                .body("actors.name", contains("Lena Hartwig", "Tomasz Wierzbicki", "Deutsche Bahn")));

        assertThat(calls).isEqualTo(2);
    }

    @Test
    void should_parse_and_check_a_text_answer_when_the_model_answers_without_calling_the_tool() {
        // Without it a model that ignores the tool would return nothing usable although its text holds the summary.
        BedrockProfile.ConverseStub.server().enqueue(
                BedrockAnswers.text("Hier ist die Zusammenfassung:\n```json\n" + ModelAnswers.oderBridge() + "\n```"));

        int calls = callsDuring(() -> postOderBridge().statusCode(200)
                .body("headline", equalTo("Deutschland und Polen bauen gemeinsam eine neue Oderbrücke"))
                .body("actors.name", contains("Lena Hartwig", "Tomasz Wierzbicki", "Deutsche Bahn")));

        assertThat(calls).isEqualTo(1);
    }
}
