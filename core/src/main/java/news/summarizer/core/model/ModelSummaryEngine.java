package news.summarizer.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.Article;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.DraftStatement;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.SummaryEngine;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.engine.WarmUpArticle;
import news.summarizer.core.text.GermanSentences;

/**
 * Summaries written by the configured language model. An article within the input budget is one conversation;
 * a longer one is split into parts, summarised with bounded parallelism (held to the hard rules only), and merged by
 * a final call held to every rule. Every call (parts, merge, corrections, retries) is counted in the usage.
 */
@ApplicationScoped
@Named("model")
public class ModelSummaryEngine implements SummaryEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ModelTarget> target;
    private final Runnable preconnect;
    private final Function<String, ModelTarget> warmUpTarget;
    private final Supplier<Readiness> readiness;
    private final SummaryConversation conversation;
    private final SummarizerConfig config;
    private final Sleeper sleeper;

    @Inject
    public ModelSummaryEngine(ModelTargets targets, SummarizerConfig config) {
        this(targets::get, targets::preconnect, targets::warmUpTarget, targets::readiness, config, Sleeper.THREAD);
    }

    /** An engine whose warm-up uses the provider-neutral in-memory model (tests and benchmarks outside CDI). */
    ModelSummaryEngine(Supplier<ModelTarget> target, Supplier<Readiness> readiness, SummarizerConfig config, Sleeper sleeper) {
        this(target, () -> { }, answer -> InMemoryChatModel.warmUpTarget(config, answer), readiness, config, sleeper);
    }

    ModelSummaryEngine(Supplier<ModelTarget> target, Function<String, ModelTarget> warmUpTarget,
                       Supplier<Readiness> readiness, SummarizerConfig config, Sleeper sleeper) {
        this(target, () -> { }, warmUpTarget, readiness, config, sleeper);
    }

    private ModelSummaryEngine(Supplier<ModelTarget> target, Runnable preconnect,
                               Function<String, ModelTarget> warmUpTarget, Supplier<Readiness> readiness,
                               SummarizerConfig config, Sleeper sleeper) {
        this.target = target;
        this.preconnect = preconnect;
        this.warmUpTarget = warmUpTarget;
        this.readiness = readiness;
        this.conversation = new SummaryConversation(config.model().reprompts());
        this.config = config;
        this.sleeper = sleeper;
    }

    @Override
    public String provider() {
        return config.provider().id();
    }

    @Override
    public String model() {
        return switch (config.provider()) {
            case BEDROCK -> config.bedrock().modelId();
            default -> config.openai().model();
        };
    }

    @Override
    public String promptVersion() {
        return SummaryPrompts.VERSION;
    }

    @Override
    public Readiness readiness() {
        return readiness.get();
    }

    @Override
    public EngineOutput summarize(Article article) {
        return summarize(article, target.get());
    }

    @Override
    public boolean waitsForModel() {
        return true;
    }

    /**
     * The whole path of a request (AI service, prompts, the provider's client code, parser, validator, fact check)
     * on the sample, against the provider's warm-up model ({@link ModelTargets#warmUpTarget}), which answers the
     * sample's model answer from memory: no request leaves the process and no key is read; the model that serves
     * requests is built, and its key read, on the first request.
     */
    @Override
    public EngineOutput warmUp(Article sample) {
        return summarize(sample, warmUpTarget.apply(WarmUpArticle.modelAnswer()));
    }

    /**
     * The provider's client, its key read (from SSM on AWS): what the first request builds first; the reader of the
     * model's answer (Jackson's deserializers for the draft); then one TLS handshake with the provider, no request
     * (see {@link ModelTargetFactory#preconnect}).
     */
    @Override
    public void preload() {
        target.get();
        AnswerParser.prefetch();
        preconnect.run();
    }

    private EngineOutput summarize(Article article, ModelTarget model) {
        ArticleChatModel chat = new ArticleChatModel(model, config.model(), sleeper);
        String boundary = SummaryPrompts.boundaryFor(article);
        String metadata = SummaryPrompts.metadata(article);
        SummaryLimits limits = SummaryLimits.forArticle(GermanSentences.count(article.text()));
        // The source's title is part of what the article says, and a headline may well reuse its words.
        String supported = article.title() == null ? article.text() : article.title() + "\n\n" + article.text();
        FactChecker facts = new FactChecker(supported, article.date());
        chat.whileWaiting(facts::prepare); // read while the model writes: only its answer's judging needs them
        Rules rules = Rules.full(limits, facts);
        String system = SummaryPrompts.system(boundary, limits, model.nativeJsonSchema());
        List<String> warnings = new ArrayList<>();
        Drafted drafted;
        if (ArticleSplitter.estimateTokens(article.text()) <= config.model().inputBudgetTokens()) {
            String user = SummaryPrompts.user(boundary, metadata, article.text());
            drafted = conversation.draft(chat, system, user, rules);
        } else {
            List<String> parts = ArticleSplitter.split(article.text(), config.model().inputBudgetTokens());
            warnings.add("Long article: summarised in " + parts.size() + " parts and merged");
            String partSystem = SummaryPrompts.system(boundary, SummaryLimits.STANDARD, model.nativeJsonSchema());
            List<DraftSummary> partDrafts = summarizeParts(chat, parts, partSystem, boundary, metadata);
            drafted = merge(chat, partDrafts, system, boundary, metadata, rules);
        }
        warnings.addAll(drafted.warnings());
        return new EngineOutput(drafted.draft(), SummaryPrompts.VERSION, chat.usage(), List.copyOf(warnings),
                EngineOutput.GERMAN, drafted.claimsChecked(), drafted.claimsDropped());
    }

    private List<DraftSummary> summarizeParts(ArticleChatModel chat, List<String> parts, String system, String boundary,
                                              String metadata) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parts.size(), Math.max(1, config.model().parallelism())));
        try {
            List<Future<DraftSummary>> futures = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                int number = i + 1;
                futures.add(pool.submit(() -> conversation.draft(chat, system,
                        SummaryPrompts.part(boundary, metadata, part, number, parts.size()), Rules.hardOnly()).draft()));
            }
            List<DraftSummary> drafts = new ArrayList<>();
            for (Future<DraftSummary> future : futures) {
                drafts.add(future.get());
            }
            return drafts;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SummarizerException failure) {
                throw failure;
            }
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Summarising a part failed", null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE, "Interrupted while summarising parts", null, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Drafted merge(ArticleChatModel chat, List<DraftSummary> partDrafts, String system, String boundary,
                          String metadata, Rules rules) {
        String partsJson;
        try {
            partsJson = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(partDrafts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Part drafts are plain records", e);
        }
        Drafted merged = conversation.draft(chat, system,
                SummaryPrompts.merge(boundary, metadata, partsJson, partDrafts.size()), rules);
        // Actors the merge left out still count: the grounder merges variants and checks every one against the text.
        List<DraftActor> actors = new ArrayList<>(merged.draft().actors());
        partDrafts.forEach(part -> actors.addAll(part.actors()));
        // So do statements: each part saw its own quotations; the grounder drops duplicates and checks every one.
        List<DraftStatement> statements = new ArrayList<>(merged.draft().statements());
        partDrafts.forEach(part -> statements.addAll(part.statements()));
        DraftSummary draft = merged.draft();
        return new Drafted(new DraftSummary(draft.headline(), draft.summary(), draft.keyPoints(), actors, statements),
                merged.warnings(), merged.claimsChecked(), merged.claimsDropped());
    }
}
