package news.summarizer.core.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.ArticleSummarizer.EngineIdentity;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.engine.EngineOutput;
import news.summarizer.core.engine.Pricing;
import news.summarizer.core.engine.Usage;
import news.summarizer.core.metrics.InvocationMetrics;
import news.summarizer.core.story.Story.SourceSummary;
import news.summarizer.core.story.Story.StoryEngine;
import news.summarizer.core.summary.Summary;
import org.jboss.logging.Logger;

/**
 * One story from several sources: each source through the single-article pipeline ({@link ArticleSummarizer}, so
 * validation, grounding and the model path's checks apply to it), then one fusion step on those results — never on
 * the raw texts, so the fusion's input stays bounded. Requests run as jobs ({@link news.summarizer.core.story.job.StoryJobs}),
 * S3 manifests through {@link #each}. A story of n articles costs at most n + 1 model calls when
 * every answer is usable, and 1 when all n summaries are reused.
 */
@ApplicationScoped
public class StoryComposer {

    private static final Logger LOG = Logger.getLogger(StoryComposer.class);

    private final ArticleSummarizer summarizer;
    private final ModelFusion modelFusion;
    private final boolean offline;
    private final int parallelism;
    private final int maxCharacters;
    private final Pricing pricing;

    public StoryComposer(ArticleSummarizer summarizer, ModelFusion modelFusion, SummarizerConfig config) {
        this.summarizer = summarizer;
        this.modelFusion = modelFusion;
        this.offline = config.provider() == SummarizerConfig.Provider.OFFLINE;
        // The offline engine's NLP models are not thread-safe and it is fast; model calls are worth overlapping.
        this.parallelism = offline ? 1 : Math.max(1, config.story().concurrency());
        this.maxCharacters = config.maxCharacters();
        this.pricing = new Pricing(config.model().inputPricePerMillion(), config.model().outputPricePerMillion());
    }

    /**
     * Merges exact duplicates (the same normalised text) with a warning, then enforces the story's limits: 2 to 20
     * distinct articles (400) and {@code summarizer.max-characters} for all of them together (413).
     */
    public Prepared prepare(List<StoryArticle> articles) {
        Map<String, StoryArticle> distinct = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            StoryArticle article = articles.get(i);
            StoryArticle first = distinct.putIfAbsent(article.article().id(), article);
            if (first != null) {
                warnings.add("Article " + i + " has exactly the same text as an earlier article and was merged into it");
            }
        }
        StoryRules.checkCount(distinct.size(), "distinct");
        long characters = distinct.values().stream().mapToLong(article -> article.article().characters()).sum();
        if (characters > maxCharacters) {
            throw new SummarizerException(ErrorCode.ARTICLE_TOO_LARGE, "The articles have " + characters
                    + " characters together; the limit for a story is " + maxCharacters + " characters");
        }
        return new Prepared(List.copyOf(distinct.values()), List.copyOf(warnings));
    }

    /**
     * Runs {@code source} for every index, at most {@code summarizer.story.concurrency} at once (one at a time for
     * the offline engine), for callers that find or make a source's result their own way (the S3 manifest path).
     */
    public List<SourceResult> each(int count, IntFunction<SourceResult> source) {
        return pool().run(count, source, null, null, (index, result) -> { });
    }

    /** The bounded pool every story's articles are summarised in. */
    public ArticlePool pool() {
        return new ArticlePool(parallelism);
    }

    /** The single-article pipeline for one source; a failure names the article. */
    public SourceResult summarize(StoryArticle article, int index) {
        try {
            return new SourceResult(article, summarizer.summarize(article.article()), false);
        } catch (SummarizerException e) {
            throw StoryRules.forArticle(e, "articles[" + index + "]");
        }
    }

    /** The fusion step and the finished contract; {@code started} is when work on the story began (System.nanoTime). */
    public Story fuse(String title, List<SourceResult> sources, List<String> warnings, long started) {
        String id = storyId(sources);
        Fusion fusion = offline
                ? OfflineFusion.fuse(title, sources, Usage.NONE, warnings)
                : modelFusion.fuse(id, title, sources, warnings);
        // The summaries counted themselves as they were made; the fusion's calls are the story's own.
        InvocationMetrics.recordModelUse(fusion.usage(), pricing.costOf(fusion.usage()));
        Usage total = fusion.usage();
        for (SourceResult source : sources) {
            if (!source.reused()) {
                var engine = source.summary().engine();
                total = new Usage(total.inputTokens() + engine.inputTokens(), total.outputTokens() + engine.outputTokens(),
                        total.modelCalls() + engine.modelCalls());
            }
        }
        int reused = (int) sources.stream().filter(SourceResult::reused).count();
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        EngineIdentity identity = summarizer.engineIdentity();
        StoryEngine engine = new StoryEngine(identity.provider(), identity.model(), fusion.promptVersion(),
                identity.promptVersion(), total.inputTokens(), total.outputTokens(), total.modelCalls(), reused, durationMs,
                pricing.costOf(total));
        Story story = new Story(id, title, languageOf(sources), fusion.headline(), fusion.summary(),
                fusion.keyPoints(), ActorMerger.merge(sources), fusion.agreements(), fusion.differences(),
                fusion.timeline(),
                sources.stream().map(source -> new SourceSummary(source.summary(), source.input().source())).toList(),
                engine, List.copyOf(fusion.warnings()));
        LOG.infof("story id=%s articles=%d reused=%d provider=%s model=%s promptVersion=%s inputTokens=%d outputTokens=%d "
                        + "modelCalls=%d durationMs=%d actors=%d agreements=%d differences=%d warnings=%d",
                id, sources.size(), reused, engine.provider(), engine.model(), engine.promptVersion(), total.inputTokens(),
                total.outputTokens(), total.modelCalls(), durationMs, story.actors().size(), story.agreements().size(),
                story.differences().size(), story.warnings().size());
        return story;
    }

    /** The engine identity a stored story was made with: provider, model and the fusion's prompt version. */
    public EngineIdentity storyEngineIdentity() {
        EngineIdentity summaries = summarizer.engineIdentity();
        return new EngineIdentity(summaries.provider(), summaries.model(),
                (offline ? OfflineFusion.VERSION : StoryPrompts.VERSION) + "+" + summaries.promptVersion());
    }

    /** {@code sha256:} of the sorted article ids, one per line. */
    static String storyId(List<SourceResult> sources) {
        String ids = String.join("\n", sources.stream().map(source -> source.summary().id()).sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ids.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Distinct articles in the caller's order, and what the caller should know about duplicates. */
    public record Prepared(List<StoryArticle> articles, List<String> warnings) {
    }

    /**
     * The language the story is written in: that of the source summaries it is fused from (German for a model; the
     * articles' own language for the offline engine, which cannot translate), the most frequent one if they differ.
     */
    private static String languageOf(List<SourceResult> sources) {
        return sources.stream()
                .collect(Collectors.groupingBy(source -> source.summary().language(),
                        LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(EngineOutput.GERMAN);
    }
}
