package news.summarizer.core.model;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.InlineReading;
import news.summarizer.core.Instances;
import news.summarizer.core.TestConfigs;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.grounding.EntityLinker;
import news.summarizer.core.grounding.GroundedActors;
import news.summarizer.core.language.LanguageDetector;
import news.summarizer.core.offline.EntityFinder;
import news.summarizer.core.statements.GroundedStatements;
import news.summarizer.core.statements.Salience;
import news.summarizer.core.statements.StatementGrounder;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;

/**
 * A benchmark, not a test: the CPU of one warm request on the model path after the model has answered (instantly,
 * from memory), over the fictional Oder-bridge article the HTTP benchmarks use. Prints the median of 500 requests
 * after 200 warm-up requests; run it under JFR to see where the time goes (docs/performance.md, "Warm path per stage").
 */
public final class WarmPathProfile {

    private WarmPathProfile() {
    }

    public static void main(String[] args) {
        // The per-request log line goes to stderr here; on Lambda it is one line too, but not what is measured.
        Logger.getLogger("").setLevel(Level.WARNING);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        SummarizerConfig config = TestConfigs.config("summarizer.provider", "openai",
                "summarizer.openai.model", "test-model");
        ModelTarget target = InMemoryChatModel.warmUpTarget(config, ModelAnswers.oderBridge().toString());
        SummaryEngine engine = new ModelSummaryEngine(() -> target, SummaryEngine.Readiness::up, config, Sleeper.THREAD);
        ArticleIntake intake = new ArticleIntake(config);
        ArticleSummarizer summarizer = new ArticleSummarizer(intake, Instances.only(engine), new ActorGrounder(), config);
        byte[] body = TestArticles.text(TestArticles.ODER_BRIDGE).getBytes(StandardCharsets.UTF_8);
        Article article = intake.read(body, "text/plain; charset=utf-8");
        // A request brings a new article; the same text twice in a row would reuse the last article's sentences and
        // part-of-speech tags (ArticleAnalyzer), the largest cost. Two texts in turn keep every request honest.
        Article[] articles = {article, intake.read((TestArticles.text(TestArticles.ODER_BRIDGE) + "\n\nEnde.")
                .getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8")};
        for (int i = 0; i < 200; i++) {
            summarizer.summarize(articles[i & 1]);
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            summarizer.summarize(articles[i & 1]);
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        System.out.printf("whole request after the answer: median %.3f ms, p90 %.3f ms over %d requests%n",
                times[rounds / 2] / 1e6, times[rounds * 9 / 10] / 1e6, rounds);
        perStage(engine, intake, body, article, rounds);
        overHttp(rounds, Duration.ZERO);
        // A real model takes seconds; 50 ms is far less than any, and already hides the whole reading.
        overHttp(Math.max(20, rounds / 5), Duration.ofMillis(50));
    }

    /**
     * The whole request with the model behind a real HTTP exchange (an OpenAI-compatible stub on 127.0.0.1 answering
     * after {@code delay}), wall clock: the article's reading alongside the model call (as served) and after it (the
     * helper always busy), alternating, every request a new article.
     */
    private static void overHttp(int rounds, Duration delay) {
        try (FakeOpenAiServer model = FakeOpenAiServer.start()) {
            model.answerAlways(FakeOpenAiServer.Reply.content(ModelAnswers.oderBridge().toString()).delayedBy(delay));
            SummarizerConfig config = TestConfigs.config("summarizer.provider", "openai",
                    "summarizer.openai.base-url", model.baseUrl(), "summarizer.openai.api-key", "profile",
                    "summarizer.openai.model", "test-model");
            SummaryEngine engine = ModelEngines.openAi(config);
            ArticleIntake intake = new ArticleIntake(config);
            ArticleSummarizer alongside = new ArticleSummarizer(intake, Instances.only(engine), new ActorGrounder(), config);
            ArticleSummarizer after = InlineReading.summarizer(intake, engine, config);
            String text = TestArticles.text(TestArticles.ODER_BRIDGE);
            int[] number = {0};
            Supplier<Article> next = () -> intake.read((text + "\n\nDiese Meldung trägt die Nummer " + ++number[0] + ".")
                    .getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
            for (int i = 0; i < Math.min(200, rounds); i++) {
                alongside.summarize(next.get());
                after.summarize(next.get());
            }
            long[][] times = new long[2][rounds];
            ArticleSummarizer[] summarizers = {alongside, after};
            for (int i = 0; i < rounds; i++) {
                for (int k = 0; k < 2; k++) {
                    Article article = next.get();
                    long started = System.nanoTime();
                    summarizers[k].summarize(article);
                    times[k][i] = System.nanoTime() - started;
                }
            }
            String[] names = {"reading alongside the model call", "reading after the answer"};
            for (int k = 0; k < 2; k++) {
                Arrays.sort(times[k]);
                System.out.printf("whole request over HTTP, model answering after %d ms, %-33s median %.3f ms, p90 %.3f ms"
                        + " over %d requests%n", delay.toMillis(), names[k], times[k][rounds / 2] / 1e6,
                        times[k][rounds * 9 / 10] / 1e6, rounds);
            }
        }
    }

    /** The stages of {@code ArticleSummarizer.finish} (and the engine's own work) one by one, each timed on its own. */
    private static void perStage(SummaryEngine engine, ArticleIntake intake, byte[] body, Article article, int rounds) {
        ActorGrounder grounder = new ActorGrounder();
        String text = article.text();
        EngineOutput output = engine.summarize(article);
        DraftSummary draft = output.draft();
        GroundedActors grounded = grounder.ground(text, draft.actors());
        List<DraftStatement> proposed = engine.statements(article, grounded.actors(), draft);
        GroundedStatements statements = StatementGrounder.ground(text, proposed, grounded.actors());
        String summaryText = draft.headline() + "\n" + draft.summary() + "\n" + String.join("\n", draft.keyPoints());
        Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
        stages.put("ArticleIntake.read (decode, date line, normalise, id)", () -> intake.read(body, "text/plain; charset=utf-8"));
        stages.put("engine.summarize (conversation, parser, validator, fact check)", () -> engine.summarize(article));
        String supported = article.title() == null ? text : article.title() + "\n\n" + text;
        stages.put("  of which new FactChecker (the article's facts)", () -> new FactChecker(supported, article.date()));
        stages.put("  of which SummaryPrompts.system + user", () -> SummaryPrompts.system("b", SummaryLimits.STANDARD, true)
                + SummaryPrompts.user("b", SummaryPrompts.metadata(article), text));
        String answer = ModelAnswers.oderBridge().toString();
        DraftSummary parsed = AnswerParser.parse(answer).draft();
        FactChecker checker = new FactChecker(supported, article.date());
        stages.put("  of which AnswerParser.parse", () -> AnswerParser.parse(answer));
        stages.put("  of which SummaryValidator.validate", () -> SummaryValidator.validate(parsed, SummaryLimits.STANDARD));
        stages.put("  of which FactChecker.check", () -> checker.check(parsed));
        stages.put("ActorGrounder.ground", () -> grounder.ground(text, draft.actors()));
        stages.put("engine.statements", () -> engine.statements(article, grounded.actors(), draft));
        stages.put("StatementGrounder.ground", () -> StatementGrounder.ground(text, proposed, grounded.actors()));
        stages.put("Salience.rank", () -> Salience.rank(text, article.title(), summaryText, grounded.actors(),
                statements.statements()));
        stages.put("LanguageDetector.detect", () -> LanguageDetector.detect(text));
        stages.put("EntityFinder.find", () -> EntityFinder.find(text));
        // A request brings a new article: alternate two texts so that the last article's analysis is not reused.
        String[] texts = {text, text + " "};
        int[] turn = {0};
        stages.put("EntityFinder.find (new text: sentences and POS tags too)", () -> EntityFinder.find(texts[turn[0]++ & 1]));
        List<Entity> entities = EntityFinder.find(text);
        stages.put("EntityLinker.link", () -> EntityLinker.link(entities, grounded.actors()));
        for (Map.Entry<String, Supplier<Object>> stage : stages.entrySet()) {
            for (int i = 0; i < 200; i++) {
                stage.getValue().get();
            }
            long[] times = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                stage.getValue().get();
                times[i] = System.nanoTime() - started;
            }
            Arrays.sort(times);
            System.out.printf("  %-66s median %.3f ms%n", stage.getKey(), times[rounds / 2] / 1e6);
        }
    }
}
