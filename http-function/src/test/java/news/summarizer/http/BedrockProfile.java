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

    static final String CLAUDE = "eu.anthropic.claude-3-7-sonnet-20250219-v1:0";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ConverseStub.class, Map.of(ConverseStub.MODEL_ID, modelId())));
    }

    /** The configured {@code SUMMARIZER_BEDROCK_MODEL_ID}; a profile per model family, so each starts unlearned. */
    protected String modelId() {
        return CLAUDE;
    }

    /** A family Bedrock refuses {@code toolChoice.tool} for and which no curated guess covers: it must be learned. */
    public static class UnknownFamily extends BedrockProfile {

        static final String JAMBA = "ai21.jamba-1-5-mini-v1:0";

        @Override
        protected String modelId() {
            return JAMBA;
        }
    }

    public static class ConverseStub implements QuarkusTestResourceLifecycleManager {

        static final String MODEL_ID = "model-id";
        private static FakeAwsServer server;
        private String modelId = CLAUDE;

        public static FakeAwsServer server() {
            return server;
        }

        @Override
        public void init(Map<String, String> initArgs) {
            modelId = initArgs.getOrDefault(MODEL_ID, CLAUDE);
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
                    "summarizer.bedrock.model-id", modelId);
        }

        @Override
        public void stop() {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
            server.close();
        }
    }
}
