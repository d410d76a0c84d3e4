package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.Instances;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.core.summary.Summary;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up of the model path: a whole summary of the built-in article through the provider's real client
 * code, answered in memory. Without it the first request after a start (or a SnapStart restore) would load the AI
 * service, the OpenAI client, the JDK HTTP client, the parser and the checks itself; a warm-up that called the model
 * or read the key would put the key into the snapshot, or fail start-up where the network is not yet there.
 */
class ModelWarmUpTest {

    private static final String KEY_PARAMETER = "/news-summarizer/openai-api-key";

    private FakeOpenAiServer model;
    private final List<String> secretsRead = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startModel() {
        model = FakeOpenAiServer.start();
    }

    @AfterEach
    void stopModel() {
        model.close();
    }

    private SummarizerConfig config() {
        return TestConfigs.config(
                "summarizer.provider", "openai",
                "summarizer.openai.base-url", model.baseUrl(),
                "summarizer.openai.api-key-parameter", KEY_PARAMETER,
                "summarizer.openai.model", "test-model",
                "summarizer.openai.timeout", "2s",
                "summarizer.model.total-budget", "30s");
    }

    private OpenAiTargetFactory factory() {
        return new OpenAiTargetFactory(Instances.<SecretStore>only(name -> {
            secretsRead.add(name);
            return "key-from-the-store";
        }));
    }

    private ArticleSummarizer summarizer(SummarizerConfig config) {
        OpenAiTargetFactory factory = factory();
        ModelTargets targets = new ModelTargets(config, Instances.<ModelTargetFactory>only(factory));
        SummaryEngine engine = new ModelSummaryEngine(targets, config);
        return new ArticleSummarizer(new ArticleIntake(config), Instances.only(engine), new ActorGrounder(), config);
    }

    @Test
    void should_summarise_the_built_in_article_at_warm_up_without_a_model_request_or_the_key() {
        ArticleSummarizer summarizer = summarizer(config());

        Summary warmedUp = summarizer.warmUp();

        // the whole path ran: answer parsed, validated, fact-checked, actors grounded, nothing to complain about
        assertThat(warmedUp.headline()).isEqualTo("Lindenau bekommt eine neue Fähre über die Wernitz");
        assertThat(warmedUp.warnings()).isEmpty();
        assertThat(warmedUp.engine().claimsChecked()).isPositive();
        assertThat(warmedUp.engine().claimsDropped()).isZero();
        assertThat(warmedUp.engine().modelCalls()).isEqualTo(1);
        assertThat(warmedUp.actors()).extracting(actor -> actor.name()).containsExactly("Katrin Vogel", "Werft Brandt & Söhne");
        // ...without leaving the process or touching the secret
        assertThat(model.callCount()).isZero();
        assertThat(secretsRead).isEmpty();
    }

    @Test
    void should_read_the_key_and_call_the_model_on_the_first_request_after_the_warm_up() {
        SummarizerConfig config = config();
        ArticleSummarizer summarizer = summarizer(config);
        summarizer.warmUp();
        model.enqueue(Reply.content(ModelAnswers.oderBridge().toString()));

        Summary summary = summarizer.summarize(new ArticleIntake(config).read(
                TestArticles.text(TestArticles.ODER_BRIDGE).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain; charset=utf-8"));

        assertThat(summary.headline()).isEqualTo("Deutschland und Polen bauen gemeinsam eine neue Oderbrücke");
        assertThat(model.callCount()).isEqualTo(1);
        assertThat(model.lastRequest().path("_authorization").asText()).isEqualTo("Bearer key-from-the-store");
        assertThat(secretsRead).containsExactly(KEY_PARAMETER);
    }

    @Test
    void should_warm_up_through_the_openai_client_not_a_stand_in() {
        // Without it the warm-up would leave the OpenAI request and response mapping and the HTTP client cold.
        ModelTarget target = factory().warmUpTarget(config(), "{\"headline\": \"x\"}");

        String answer = target.chatModel().chat(ChatRequest.builder()
                .messages(UserMessage.from("Fasse zusammen.")).build()).aiMessage().text();

        assertThat(target.chatModel()).isInstanceOf(OpenAiCompatibleChatModel.class);
        assertThat(target.model()).isEqualTo("test-model");
        assertThat(answer).isEqualTo("{\"headline\": \"x\"}");
        assertThat(model.callCount()).isZero();
        assertThat(secretsRead).isEmpty();
    }
}
