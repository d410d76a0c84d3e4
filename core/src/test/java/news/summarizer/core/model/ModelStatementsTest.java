package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.Instances;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.summary.Summary;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statements on the model path, against the OpenAI-compatible stub: a statement must stand verbatim in the article and
 * be said by one of the answer's actors; one that is not goes back to the model, and is dropped if it stays.
 */
class ModelStatementsTest {

    private static final String DIRECT = "Diese Brücke verbindet nicht nur zwei Ufer, sie verbindet zwei Volkswirtschaften";
    private static FakeOpenAiServer model;

    @BeforeAll
    static void startModel() {
        model = FakeOpenAiServer.start();
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @BeforeEach
    void resetModel() {
        model.reset();
    }

    private static SummarizerConfig config() {
        return TestConfigs.config("summarizer.provider", "openai", "summarizer.openai.base-url", model.baseUrl(),
                "summarizer.openai.api-key", "test-key", "summarizer.openai.model", "test-model",
                "summarizer.openai.timeout", "2s", "summarizer.model.retries", "0");
    }

    private static ModelSummaryEngine engine(SummarizerConfig config) {
        ModelTarget target = OpenAiTargetFactory.openAi(config.openai(), config.openai().apiKey());
        return new ModelSummaryEngine(() -> target, news.summarizer.core.engine.SummaryEngine.Readiness::up, config,
                duration -> { });
    }

    private static Article article(SummarizerConfig config) {
        return new ArticleIntake(config).read(TestArticles.text(TestArticles.ODER_BRIDGE).getBytes(StandardCharsets.UTF_8),
                ArticleFormat.PLAIN_TEXT);
    }

    private static String answer(String speaker, String kind, String text) {
        ObjectNode answer = ModelAnswers.oderBridge();
        ArrayNode statements = answer.putArray("statements");
        ObjectNode statement = statements.addObject();
        statement.put("speaker", speaker);
        statement.put("kind", kind);
        statement.put("text", text);
        return answer.toString();
    }

    @Test
    void should_ask_for_a_correction_when_a_statements_text_is_not_in_the_article() {
        // Without it a paraphrase would reach the reader as the speaker's own words.
        SummarizerConfig config = config();
        model.enqueue(Reply.content(answer("Lena Hartwig", "direct", "Die Brücke verbindet zwei Länder")),
                Reply.content(answer("Lena Hartwig", "direct", "„" + DIRECT + "“")));

        EngineOutput output = engine(config).summarize(article(config));

        assertThat(model.callCount()).isEqualTo(2);
        JsonNode correction = model.lastRequest().path("messages").get(3);
        assertThat(correction.path("content").asText()).contains("\"statements[0]\".text steht nicht wörtlich im Artikel");
        assertThat(output.draft().statements()).containsExactly(new DraftStatement("Lena Hartwig", "direct", "„" + DIRECT + "“"));
        assertThat(output.warnings()).isEmpty();
    }

    @Test
    void should_drop_a_statement_whose_speaker_is_no_actor_when_the_correction_keeps_it() {
        // Without it the answer would attribute words to someone it does not report as an actor.
        SummarizerConfig config = config();
        String wrong = answer("Markus Feldhaus", "indirect", "Während der Bauzeit werde der Verkehr über eine Behelfsbrücke geführt");
        model.enqueue(Reply.content(wrong), Reply.content(wrong));

        EngineOutput output = engine(config).summarize(article(config));

        assertThat(model.callCount()).isEqualTo(2);
        assertThat(model.lastRequest().path("messages").get(3).path("content").asText())
                .contains("\"statements[0]\".speaker „Markus Feldhaus“ ist kein Eintrag in \"actors\"");
        assertThat(output.draft().statements()).isEmpty();
        assertThat(output.claimsDropped()).isEqualTo(1);
        assertThat(output.warnings()).anyMatch(warning -> warning.startsWith("Dropped statement 1: its speaker 'Markus Feldhaus'"));
    }

    @Test
    void should_deliver_grounded_statements_with_offsets_and_actors_ordered_by_salience() {
        // Without it the contract would carry the model's marks and no offsets, and actors in the model's order only.
        SummarizerConfig config = config();
        model.enqueue(Reply.content(answer("Hartwig", "direct", "„" + DIRECT + "“")));
        ArticleSummarizer summarizer = new ArticleSummarizer(new ArticleIntake(config), Instances.only(engine(config)),
                new ActorGrounder(), config);

        Summary summary = summarizer.summarize(article(config));

        assertThat(summary.statements()).hasSize(1);
        Statement statement = summary.statements().get(0);
        assertThat(statement.speaker()).isEqualTo("Lena Hartwig");
        assertThat(statement.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(statement.text()).isEqualTo(DIRECT);
        String text = article(config).text();
        assertThat(text.substring(statement.offset(), statement.offset() + statement.text().length())).isEqualTo(DIRECT);
        assertThat(statement.evidence()).endsWith("sagte Hartwig bei der Unterzeichnung.");
        assertThat(text.substring(statement.evidenceOffset())).startsWith(statement.evidence());
        assertThat(summary.engine().promptVersion()).isEqualTo("summary-v3");
        assertThat(summary.actors()).extracting(actor -> actor.salience()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(summary.actors().get(0).name()).isEqualTo("Lena Hartwig");
        assertThat(List.of(summary.actors().get(0).salience())).allMatch(value -> value > 0 && value <= 1);
    }
}
