package news.summarizer.core;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.article.ArticleIntake;
import news.summarizer.core.text.Datelines;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.Pricing;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.engine.WarmUpArticle;
import news.summarizer.core.grounding.ActorGrounder;
import news.summarizer.core.grounding.EntityLinker;
import news.summarizer.core.grounding.GroundedActors;
import news.summarizer.core.language.LanguageDetector;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.offline.EntityFinder;
import news.summarizer.core.statements.GroundedStatements;
import news.summarizer.core.statements.Salience;
import news.summarizer.core.statements.StatementGrounder;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ArticleInfo;
import news.summarizer.core.summary.EngineInfo;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.Summary;
import org.jboss.logging.Logger;

/**
 * The one entry point both functions call: intake, the configured engine, grounding, and the finished contract.
 */
@ApplicationScoped
public class ArticleSummarizer {

    private static final Logger LOG = Logger.getLogger(ArticleSummarizer.class);

    private final ArticleIntake intake;
    private final SummaryEngine engine;
    private final ActorGrounder grounder;
    private final Pricing pricing;
    private final boolean warmUpAtStart;
    private final Function<String, List<Entity>> entityFinder;
    private final Executor helper;

    @Inject
    public ArticleSummarizer(ArticleIntake intake, @Any Instance<SummaryEngine> engines, ActorGrounder grounder,
                             SummarizerConfig config) {
        this(intake, engines, grounder, config, EntityFinder::find, WorkAlongside.HELPER);
    }

    /** With another entity finder and helper thread: tests of the reading alongside the model (one that fails, waits). */
    ArticleSummarizer(ArticleIntake intake, Instance<SummaryEngine> engines, ActorGrounder grounder,
                      SummarizerConfig config, Function<String, List<Entity>> entityFinder, Executor helper) {
        this.entityFinder = entityFinder;
        this.helper = helper;
        this.intake = intake;
        this.engine = engines.select(NamedLiteral.of(engineName(config.provider()))).get();
        this.grounder = grounder;
        this.pricing = new Pricing(config.model().inputPricePerMillion(), config.model().outputPricePerMillion());
        this.warmUpAtStart = config.provider() == SummarizerConfig.Provider.OFFLINE
                || warmsModelAtStart(config.model().warmUp(), System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /**
     * On an on-demand cold start the warm-up only moves work from the first request into init and adds a little to
     * the whole cold start; when Lambda initialises ahead of traffic (a SnapStart snapshot, provisioned concurrency)
     * no caller waits for init, so there it is free.
     */
    static boolean warmsModelAtStart(SummarizerConfig.Model.WarmUp setting, String initializationType) {
        return switch (setting) {
            case ALWAYS -> true;
            case NEVER -> false;
            case PRE_INITIALIZED, PRELOAD -> "snap-start".equals(initializationType)
                    || "provisioned-concurrency".equals(initializationType);
        };
    }

    /** Whether init runs the whole pipeline once (the offline engine, SnapStart, provisioned concurrency). */
    boolean warmsUpAtStart() {
        return warmUpAtStart;
    }

    private static String engineName(SummarizerConfig.Provider provider) {
        return provider == SummarizerConfig.Provider.OFFLINE ? "offline" : "model";
    }

    void warmUp(@Observes StartupEvent startup) {
        ColdStartPreload.alsoLoad("engine " + engine.provider(), engine::preload);
        if (!warmUpAtStart) {
            return;
        }
        long started = System.nanoTime();
        try {
            warmUp();
            LOG.debugf("engine %s warmed up in %d ms", engine.provider(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Only speed is at stake: the first request loads what it needs, and a broken provider shows in readiness.
            LOG.warnf(e, "warm-up of engine %s failed", engine.provider());
        }
    }

    void stopHelper(@Observes ShutdownEvent shutdown) {
        WorkAlongside.stopHelper();
    }

    /**
     * Summarises the built-in {@link WarmUpArticle} through intake, the engine's {@link SummaryEngine#warmUp} and
     * grounding, as a request would, but without network or secrets. Runs at start-up (init phase; with SnapStart
     * before the snapshot), so the first request does not pay for loading the code of its path.
     */
    public Summary warmUp() {
        long started = System.nanoTime();
        Article sample = intake.read(WarmUpArticle.body(), WarmUpArticle.CONTENT_TYPE);
        return summarize(sample, () -> engine.warmUp(sample), started);
    }

    public Summary summarize(byte[] body, ArticleFormat format) {
        return summarize(intake.read(body, format));
    }

    /** A body with its declared {@code Content-Type} (null when none): format and charset as {@link ArticleIntake} reads them. */
    public Summary summarize(byte[] body, String contentType) {
        return summarize(intake.read(body, contentType));
    }

    /**
     * As {@link #summarize(byte[], String)}; with {@code includeText} the answer's {@code article.text} shows the text
     * intake read, so that a caller who doubts a summary can see what the engine was given.
     */
    public Summary summarize(byte[] body, String contentType, boolean includeText) {
        return summarize(intake.read(body, contentType), includeText);
    }

    public Summary summarize(Article article, boolean includeText) {
        Summary summary = summarize(article);
        if (!includeText) {
            return summary;
        }
        return summary.withArticle(summary.article().withText(article.text()));
    }

    public Summary summarize(Article article) {
        long started = System.nanoTime();
        Summary summary = summarize(article, () -> engine.summarize(article), started);
        EngineInfo engineInfo = summary.engine();
        InvocationMetrics.recordSummary(engineInfo);
        LOG.infof("summary id=%s provider=%s model=%s promptVersion=%s inputTokens=%d outputTokens=%d reasoningTokens=%d "
                        + "modelCalls=%d durationMs=%d actors=%d warnings=%d claimsChecked=%s claimsDropped=%s",
                summary.id(), engineInfo.provider(), engineInfo.model(), engineInfo.promptVersion(),
                engineInfo.inputTokens(), engineInfo.outputTokens(),
                engineInfo.reasoningTokens() == null ? 0 : engineInfo.reasoningTokens(), engineInfo.modelCalls(),
                engineInfo.durationMs(), summary.actors().size(), summary.warnings().size(), engineInfo.claimsChecked(),
                engineInfo.claimsDropped());
        return summary;
    }

    /**
     * The engine's draft of {@code article}, grounded and finished. While a model writes the draft, the article's own
     * reading (its entities: part-of-speech tagging and name finding, most of our own CPU per request) runs on a helper
     * thread, so that the model's seconds hide it; it does not depend on the answer. If the draft fails, the reading
     * is abandoned (never started, or waited for) and a failure of it is attached to the draft's as suppressed.
     */
    private Summary summarize(Article article, Supplier<EngineOutput> draft, long started) {
        if (!engine.waitsForModel()) {
            EngineOutput output = draft.get();
            return finish(article, output, read(article), started);
        }
        WorkAlongside<TextReading> reading = WorkAlongside.start(() -> read(article), helper);
        EngineOutput output;
        try {
            output = draft.get();
        } catch (Throwable failure) { // unchecked only (rethrown as is), but whatever it is, the reading ends first
            reading.abandon().ifPresent(failure::addSuppressed);
            throw failure;
        }
        return finish(article, output, reading.join(), started);
    }

    /** What the article says whatever the engine answers: the names it mentions and its language. */
    private record TextReading(List<Entity> entities, String language) {
    }

    private TextReading read(Article article) {
        return new TextReading(entityFinder.apply(article.text()), LanguageDetector.detect(article.text()));
    }

    /** Grounds and finishes the engine's draft of {@code article} into the contract. */
    private Summary finish(Article article, EngineOutput output, TextReading reading, long started) {
        DraftSummary draft = withoutAgencyDatelines(output.draft());
        GroundedActors grounded = grounder.ground(article.text(), draft.actors());
        GroundedStatements statements = StatementGrounder.ground(article.text(),
                engine.statements(article, grounded.actors(), draft), grounded.actors());
        List<Actor> actors = Salience.rank(article.text(), article.title(),
                draft.headline() + "\n" + draft.summary() + "\n" + String.join("\n", draft.keyPoints()),
                grounded.actors(), statements.statements());
        List<String> warnings = new ArrayList<>(article.warnings());
        warnings.addAll(output.warnings());
        warnings.addAll(grounded.warnings());
        warnings.addAll(statements.warnings());
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        Usage usage = output.usage();
        EngineInfo engineInfo = new EngineInfo(engine.provider(), engine.model(), output.promptVersion(),
                usage.inputTokens(), usage.outputTokens(), usage.reasoningTokens() > 0 ? usage.reasoningTokens() : null,
                usage.modelCalls(), durationMs, pricing.costOf(usage), output.claimsChecked(), output.claimsDropped());
        return new Summary(
                article.id(),
                output.language(),
                reading.language(),
                draft.headline(),
                draft.summary(),
                draft.keyPoints(),
                actors,
                new ArticleInfo(article.title(), article.date(), article.characters(), article.words(), article.authors(),
                        article.publisher(), article.url(), article.language(), null),
                engineInfo,
                List.copyOf(warnings),
                EntityLinker.link(reading.entities(), grounded.actors()),
                statements.statements());
    }

    /** A model may copy "Berlin (dpa) - " from the article; the contract's texts never open with a dateline. */
    private static DraftSummary withoutAgencyDatelines(DraftSummary draft) {
        return new DraftSummary(Datelines.stripAgencyDateline(draft.headline()),
                Datelines.stripAgencyDateline(draft.summary()),
                draft.keyPoints().stream().map(Datelines::stripAgencyDateline).toList(),
                draft.actors(), draft.statements());
    }

    /** Identifies what a stored summary was made with; a stored result with the same identity can be reused. */
    public EngineIdentity engineIdentity() {
        return new EngineIdentity(engine.provider(), engine.model(), engine.promptVersion());
    }

    public SummaryEngine.Readiness readiness() {
        return engine.readiness();
    }

    public ArticleIntake intake() {
        return intake;
    }

    public record EngineIdentity(String provider, String model, String promptVersion) {
    }
}
