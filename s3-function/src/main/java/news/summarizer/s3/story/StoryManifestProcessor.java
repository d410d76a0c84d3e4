package news.summarizer.s3.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.ArticleSummarizer.EngineIdentity;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.article.Article;
import news.summarizer.core.story.SourceResult;
import news.summarizer.core.story.Story;
import news.summarizer.core.story.StoryArticle;
import news.summarizer.core.story.StoryComposer;
import news.summarizer.core.story.StoryRules;
import news.summarizer.core.summary.Summary;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.output.ErrorDocument;
import news.summarizer.s3.output.ResultWriter;
import news.summarizer.s3.output.ResultWriter.Location;
import news.summarizer.s3.output.SourceRef;
import news.summarizer.s3.processing.KeyLayout;
import news.summarizer.s3.processing.ObjectProcessor;
import news.summarizer.s3.processing.Outcome;
import news.summarizer.s3.processing.SummaryIdempotency;
import news.summarizer.s3.storage.ObjectHead;
import news.summarizer.s3.storage.ObjectStore;
import news.summarizer.s3.storage.StoredObject;
import org.jboss.logging.Logger;

/**
 * Turns a story manifest ({@code incoming/…/x.story.json}) into a story ({@code summaries/…/x.story.json.json}).
 * Each named article is read from the bucket; its summary under the output prefix is reused when it was made from
 * the same text with the same engine (no model call), else the article is summarised now and that summary is
 * stored on the way, exactly where its own upload would have put it. So a story whose articles were all summarised
 * costs one model call (the fusion); missing summaries are made with the story's bounded concurrency. A manifest that cannot become a story (a missing article, a key outside the
 * input prefix, an empty article, invalid JSON) gets an error record; transient failures are thrown, for a retry.
 */
@ApplicationScoped
public class StoryManifestProcessor {

    /** The key suffix that marks a story manifest under the input prefix. */
    public static final String SUFFIX = ".story.json";

    private static final Logger LOG = Logger.getLogger(StoryManifestProcessor.class);

    private final ArticleSummarizer summarizer;
    private final StoryComposer composer;
    private final ObjectStore store;
    private final ResultWriter writer;
    private final KeyLayout layout;
    private final SummaryIdempotency idempotency;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public StoryManifestProcessor(ArticleSummarizer summarizer, StoryComposer composer, ObjectStore store,
                                  ResultWriter writer, KeyLayout layout, SummaryIdempotency idempotency, ObjectMapper json) {
        this.summarizer = summarizer;
        this.composer = composer;
        this.store = store;
        this.writer = writer;
        this.layout = layout;
        this.idempotency = idempotency;
        this.json = json;
    }

    public static boolean isManifest(String key) {
        return key.endsWith(SUFFIX);
    }

    public Outcome process(ObjectCreated manifest) {
        long started = System.nanoTime();
        EngineIdentity engine = composer.storyEngineIdentity();
        Location storyAt = layout.summaryOf(manifest);
        Location errorAt = layout.errorOf(manifest);
        if (idempotency.sameSource(store.head(storyAt.bucket(), storyAt.key()), manifest, engine)) {
            LOG.infof("Story of %s already written to %s", manifest, storyAt);
            return Outcome.ALREADY_DONE;
        }
        if (idempotency.sameSource(store.head(errorAt.bucket(), errorAt.key()), manifest, engine)) {
            LOG.infof("Story manifest %s already rejected, see %s", manifest, errorAt);
            return Outcome.ALREADY_DONE;
        }
        SourceRef source = new SourceRef(manifest.bucket(), manifest.key(), manifest.versionId(), manifest.eTag());
        try {
            StoredObject stored = store.getSource(manifest, summarizer.intake().maxBodyBytes());
            source = new SourceRef(manifest.bucket(), manifest.key(), stored.head().versionId(), stored.head().eTag());
            StoryManifest parsed = StoryManifest.parse(stored.body());
            List<Loaded> articles = new ArrayList<>();
            for (int i = 0; i < parsed.articles().size(); i++) {
                articles.add(load(manifest.bucket(), parsed.articles().get(i), i));
            }
            StoryComposer.Prepared prepared = composer.prepare(articles.stream().map(Loaded::story).toList());
            List<Loaded> distinct = prepared.articles().stream()
                    .map(article -> articles.stream().filter(a -> a.story() == article).findFirst().orElseThrow())
                    .toList();
            // Missing summaries are made at most summarizer.story.concurrency at a time, as in the HTTP function.
            List<SourceResult> results = composer.each(distinct.size(), index -> summaryOf(distinct.get(index)));
            Story story = composer.fuse(parsed.title(), results, prepared.warnings(), started);
            store.putJson(storyAt.bucket(), storyAt.key(), bytes(new StoryDocument(story, source)),
                    idempotency.metadata(source, story.id(), engine));
            LOG.infof("Wrote the story of %s to %s: %d articles, %d summaries reused, %d model calls", manifest, storyAt,
                    results.size(), story.engine().summariesReused(), story.engine().modelCalls());
            return Outcome.SUMMARIZED;
        } catch (SummarizerException e) {
            if (e.code().retry().redeliversEvent()) {
                LOG.warnf("Transient failure for story manifest %s, leaving it for a retry: %s %s", manifest,
                        e.code().code(), e.detail());
                throw e;
            }
            LOG.warnf("Rejected story manifest %s: %s %s; error record %s", manifest, e.code().code(), e.detail(), errorAt);
            writer.writeError(errorAt, ErrorDocument.of(e, source, Instant.now(clock), engine),
                    idempotency.metadata(source, null, engine));
            return Outcome.REJECTED;
        }
    }

    /** Reads one named article: it must be an article key under the input prefix of the same bucket, and exist. */
    private Loaded load(String bucket, String key, int index) {
        ObjectCreated object = new ObjectCreated(bucket, key, OptionalLong.empty(), null, null);
        Optional<String> skip = layout.skipReason(object);
        if (skip.isPresent() || isManifest(key)) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "articles[" + index + "] names '" + key
                    + "', which is not an article: " + skip.orElse("it is a story manifest"));
        }
        try {
            StoredObject stored = store.getSource(object, summarizer.intake().maxBodyBytes());
            Article article = summarizer.intake().read(stored.body(), stored.head().contentType(), object.key());
            SourceRef source = new SourceRef(bucket, key, stored.head().versionId(), stored.head().eTag());
            return new Loaded(object, source, new StoryArticle(article, key));
        } catch (SummarizerException e) {
            throw StoryRules.forArticle(e, "articles[" + index + "] (" + key + ")");
        }
    }

    /**
     * The stored summary when it was made from this text with this engine; otherwise a new one, stored where the
     * article's own upload would have put it (with the same idempotency metadata, so that upload reuses it too).
     */
    private SourceResult summaryOf(Loaded loaded) {
        EngineIdentity engine = summarizer.engineIdentity();
        Article article = loaded.story().article();
        Location summaryAt = layout.summaryOf(loaded.object());
        Optional<ObjectHead> stored = store.head(summaryAt.bucket(), summaryAt.key());
        if (idempotency.sameArticle(stored, article.id(), engine)) {
            Optional<Summary> reused = readSummary(summaryAt);
            if (reused.isPresent()) {
                LOG.infof("Reused the summary %s for the story", summaryAt);
                return new SourceResult(loaded.story(), reused.get(), true);
            }
        }
        Summary summary;
        try {
            summary = summarizer.summarize(article);
        } catch (SummarizerException e) {
            throw StoryRules.forArticle(e, loaded.story().source());
        }
        writer.writeSummary(summaryAt, summary, loaded.source(), idempotency.metadata(loaded.source(), article.id(), engine));
        LOG.infof("Summarised %s into %s on the way to its story", loaded.object(), summaryAt);
        return new SourceResult(loaded.story(), summary, false);
    }

    /** A stored summary that no longer parses is summarised again rather than failing the story. */
    private Optional<Summary> readSummary(Location at) {
        try {
            return Optional.of(json.readValue(store.getBytes(at.bucket(), at.key()), Summary.class));
        } catch (IOException e) {
            LOG.warnf("The stored summary %s cannot be read (%s); summarising again", at, e.getMessage());
            return Optional.empty();
        }
    }

    private byte[] bytes(StoryDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the story", e);
        }
    }

    private record Loaded(ObjectCreated object, SourceRef source, StoryArticle story) {
    }
}
