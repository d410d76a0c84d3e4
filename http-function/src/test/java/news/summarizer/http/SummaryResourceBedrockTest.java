package news.summarizer.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
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
}
