package news.summarizer.http;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import news.summarizer.testing.FakeAwsServer;

/** The HTTP function with {@code SUMMARIZER_PROVIDER=bedrock}, its endpoint overridden to a local Converse stub. */
public class BedrockProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ConverseStub.class));
    }

    public static class ConverseStub implements QuarkusTestResourceLifecycleManager {

        private static FakeAwsServer server;

        public static FakeAwsServer server() {
            return server;
        }

        @Override
        public Map<String, String> start() {
            try {
                server = new FakeAwsServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("aws.accessKeyId", "AKIDTESTONLY"); // dummy credentials, signed like real ones
            System.setProperty("aws.secretAccessKey", "test-secret");
            return Map.of(
                    "summarizer.provider", "bedrock",
                    "summarizer.bedrock.region", "eu-central-1",
                    "summarizer.bedrock.endpoint", server.endpoint(),
                    "summarizer.bedrock.model-id", "eu.anthropic.claude-3-7-sonnet-20250219-v1:0");
        }

        @Override
        public void stop() {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
            server.close();
        }
    }
}
