package news.summarizer.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.testing.FakeAwsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI key from SSM Parameter Store: the signed GetParameter call (SDK credentials, region, SigV4 signer)
 * against a local SSM stand-in on 127.0.0.1.
 */
class SsmSecretStoreTest {

    private static FakeAwsServer ssm;

    @BeforeAll
    static void start() throws Exception {
        ssm = new FakeAwsServer();
        System.setProperty("aws.accessKeyId", "AKIDTESTONLY");
        System.setProperty("aws.secretAccessKey", "test-secret");
        System.setProperty("aws.region", "eu-central-1");
        System.setProperty("aws.endpointUrlSsm", ssm.endpoint());
    }

    @AfterAll
    static void stop() {
        ssm.close();
        System.clearProperty("aws.endpointUrlSsm");
    }

    @Test
    void should_read_decrypted_parameter_once_when_key_is_needed_twice() {
        // Without it the key would sit in a plain environment variable, or SSM would be called on every article.
        ssm.enqueue(new FakeAwsServer.Response(200,
                "{\"Parameter\":{\"Name\":\"/news-summarizer/openai-api-key\",\"Type\":\"SecureString\",\"Value\":\"sk-test-123\",\"Version\":1}}",
                Map.of("Content-Type", "application/x-amz-json-1.1")));
        SsmSecretStore store = new SsmSecretStore();
        int before = ssm.requests().size();

        assertThat(store.read("/news-summarizer/openai-api-key")).isEqualTo("sk-test-123");
        assertThat(store.read("/news-summarizer/openai-api-key")).isEqualTo("sk-test-123");

        assertThat(ssm.requests()).hasSize(before + 1);
        FakeAwsServer.Recorded request = ssm.requests().get(before);
        assertThat(request.target()).isEqualTo("AmazonSSM.GetParameter");
        assertThat(request.body().path("Name").asText()).isEqualTo("/news-summarizer/openai-api-key");
        assertThat(request.body().path("WithDecryption").asBoolean()).isTrue();
        assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTESTONLY/")
                .contains("/eu-central-1/ssm/aws4_request").contains("x-amz-target");
    }

    @Test
    void should_read_nothing_until_the_key_is_first_needed() {
        // Without it the key (or the snapshotting environment's credentials) could be read during init and end up
        // in the SnapStart snapshot, shared by every restored instance and stale after a rotation.
        int before = ssm.requests().size();
        int[] clientsBuilt = {0};

        new SsmSecretStore(() -> {
            clientsBuilt[0]++;
            return SsmParameterClient.fromEnvironment();
        });

        assertThat(clientsBuilt[0]).isZero();
        assertThat(ssm.requests()).hasSize(before);
    }

    @Test
    void should_fail_as_retryable_and_ask_again_when_ssm_is_throttling() {
        // Without it a throttled read would be a permanent authentication failure (DLQ) or cached as a failure.
        ssm.enqueue(new FakeAwsServer.Response(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}",
                Map.of("Content-Type", "application/x-amz-json-1.1")));
        ssm.enqueue(new FakeAwsServer.Response(200,
                "{\"Parameter\":{\"Name\":\"/k\",\"Type\":\"SecureString\",\"Value\":\"sk-later\",\"Version\":2}}",
                Map.of("Content-Type", "application/x-amz-json-1.1")));
        SsmSecretStore store = new SsmSecretStore();

        assertThatThrownBy(() -> store.read("/k"))
                .isInstanceOfSatisfying(SummarizerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MODEL_UNAVAILABLE);
                    assertThat(e.detail()).contains("ThrottlingException").doesNotContain("Rate exceeded");
                });
        assertThat(store.read("/k")).isEqualTo("sk-later");
    }

    @Test
    void should_fail_with_authentication_error_when_parameter_is_missing() {
        // Without it a missing parameter would surface as an unexplained 500 instead of a configuration error.
        ssm.enqueue(new FakeAwsServer.Response(400, "{\"__type\":\"ParameterNotFound\",\"message\":\"not found\"}",
                Map.of("Content-Type", "application/x-amz-json-1.1")));

        assertThatThrownBy(() -> new SsmSecretStore().read("/missing"))
                .isInstanceOfSatisfying(SummarizerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MODEL_AUTHENTICATION_FAILED);
                    assertThat(e.detail()).contains("/missing").contains("ParameterNotFound");
                });
    }
}
