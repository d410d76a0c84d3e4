package news.summarizer.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.Article;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.DraftActor;
import news.summarizer.core.engine.DraftSummary;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.SummaryEngine;

/**
 * Summaries written by the configured language model. An article within the input budget is one conversation;
 * a longer one is split into parts, summarised with bounded parallelism, and merged by a final call. Every call
 * (parts, merge, corrections, retries) is counted in the usage.
 */
@ApplicationScoped
@Named("model")
public class ModelSummaryEngine implements SummaryEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ModelTarget> target;
    private final SummaryConversation conversation;
    private final SummarizerConfig config;

    @Inject
    public ModelSummaryEngine(Instance<ModelTarget> target, SummaryConversation conversation, SummarizerConfig config) {
        this(target::get, conversation, config);
    }

    /** The chat model is resolved lazily: a misconfigured provider fails requests and readiness, not start-up. */
    ModelSummaryEngine(Supplier<ModelTarget> target, SummaryConversation conversation, SummarizerConfig config) {
        this.target = target;
        this.conversation = conversation;
        this.config = config;
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
        if (config.provider() == SummarizerConfig.Provider.OPENAI) {
            boolean officialApi = config.openai().baseUrl().contains("api.openai.com");
            boolean keyConfigured = config.openai().apiKey().filter(key -> !key.isBlank()).isPresent()
                    || config.openai().apiKeyParameter().isPresent();
            if (officialApi && !keyConfigured) {
                return Readiness.down("SUMMARIZER_OPENAI_API_KEY (or _API_KEY_PARAMETER) is not set for api.openai.com");
            }
            return Readiness.up(); // the key itself is read on the first call, not by a health probe
        }
        try {
            target.get();
            return Readiness.up();
        } catch (RuntimeException e) {
            return Readiness.down("The " + provider() + " model cannot be configured: " + e.getMessage());
        }
    }

    @Override
    public EngineOutput summarize(Article article) {
        ModelTarget model = target.get();
        UsageMeter meter = new UsageMeter();
        Deadline deadline = Deadline.in(config.model().totalBudget());
        String boundary = SummaryPrompts.boundaryFor(article);
        List<String> warnings = new ArrayList<>();
        DraftSummary draft;
        if (ArticleSplitter.estimateTokens(article.text()) <= config.model().inputBudgetTokens()) {
            draft = conversation.draft(model,
                    assistant -> assistant.summarize(boundary, SummaryPrompts.metadata(article), article.text()), meter, deadline);
        } else {
            List<String> parts = ArticleSplitter.split(article.text(), config.model().inputBudgetTokens());
            warnings.add("Long article: summarised in " + parts.size() + " parts and merged");
            List<DraftSummary> partDrafts = summarizeParts(model, article, parts, boundary, meter, deadline);
            draft = merge(model, article, partDrafts, boundary, meter, deadline);
        }
        return new EngineOutput(draft, SummaryPrompts.VERSION, meter.usage(), warnings);
    }

    private List<DraftSummary> summarizeParts(ModelTarget model, Article article, List<String> parts, String boundary,
                                              UsageMeter meter, Deadline deadline) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parts.size(), Math.max(1, config.model().parallelism())));
        try {
            List<Future<DraftSummary>> futures = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                int number = i + 1;
                futures.add(pool.submit(() -> conversation.draft(model, assistant -> assistant.summarizePart(boundary,
                        SummaryPrompts.metadata(article), part, number, parts.size()), meter, deadline)));
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

    private DraftSummary merge(ModelTarget model, Article article, List<DraftSummary> partDrafts, String boundary,
                               UsageMeter meter, Deadline deadline) {
        String partsJson;
        try {
            partsJson = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(partDrafts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Part drafts are plain records", e);
        }
        DraftSummary merged = conversation.draft(model, assistant -> assistant.merge(boundary,
                SummaryPrompts.metadata(article), partsJson, partDrafts.size()), meter, deadline);
        // Actors the merge left out still count: the grounder merges variants and checks every one against the text.
        List<DraftActor> actors = new ArrayList<>(merged.actors());
        partDrafts.forEach(part -> actors.addAll(part.actors()));
        return new DraftSummary(merged.headline(), merged.summary(), merged.keyPoints(), actors);
    }
}
