package news.summarizer.s3.processing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import news.summarizer.core.ArticleSummarizer.EngineIdentity;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.output.SourceRef;
import news.summarizer.s3.storage.ObjectHead;

/**
 * Decides from a stored result's user metadata whether work was already done, so duplicate and redelivered events
 * never cost a second model call. Two checks, both requiring the same provider, model and prompt version:
 * <ul>
 * <li>{@link #sameSource}: the result was made from this very object version (ETag and version id) - no download;</li>
 * <li>{@link #sameArticle}: the result was made from the same normalised text (article id) - no model call.</li>
 * </ul>
 */
@ApplicationScoped
public class SummaryIdempotency {

    static final String ARTICLE_ID = "article-id";
    static final String PROVIDER = "engine-provider";
    static final String MODEL = "engine-model";
    static final String PROMPT_VERSION = "prompt-version";
    static final String SOURCE_ETAG = "source-etag";
    static final String SOURCE_VERSION_ID = "source-version-id";

    /** Metadata recording what a result was made from; {@code articleId} is null when intake never got that far. */
    public Map<String, String> metadata(SourceRef source, String articleId, EngineIdentity engine) {
        Map<String, String> metadata = new HashMap<>();
        putIfPresent(metadata, ARTICLE_ID, articleId);
        putIfPresent(metadata, PROVIDER, engine.provider());
        putIfPresent(metadata, MODEL, engine.model());
        putIfPresent(metadata, PROMPT_VERSION, engine.promptVersion());
        putIfPresent(metadata, SOURCE_ETAG, source.eTag());
        putIfPresent(metadata, SOURCE_VERSION_ID, source.versionId());
        return metadata;
    }

    public boolean sameSource(Optional<ObjectHead> stored, ObjectCreated event, EngineIdentity engine) {
        return sameSource(stored, event.eTag(), event.versionId(), engine);
    }

    public boolean sameSource(Optional<ObjectHead> stored, SourceRef source, EngineIdentity engine) {
        return sameSource(stored, source.eTag(), source.versionId(), engine);
    }

    private static boolean sameSource(Optional<ObjectHead> stored, String eTag, String versionId, EngineIdentity engine) {
        return stored.map(ObjectHead::metadata)
                .filter(metadata -> eTag != null && eTag.equals(metadata.get(SOURCE_ETAG)))
                .filter(metadata -> versionId == null || versionId.equals(metadata.get(SOURCE_VERSION_ID)))
                .filter(metadata -> sameEngine(metadata, engine))
                .isPresent();
    }

    public boolean sameArticle(Optional<ObjectHead> stored, String articleId, EngineIdentity engine) {
        return stored.map(ObjectHead::metadata)
                .filter(metadata -> articleId.equals(metadata.get(ARTICLE_ID)))
                .filter(metadata -> sameEngine(metadata, engine))
                .isPresent();
    }

    private static boolean sameEngine(Map<String, String> metadata, EngineIdentity engine) {
        return Objects.equals(engine.provider(), metadata.get(PROVIDER))
                && Objects.equals(engine.model(), metadata.get(MODEL))
                && Objects.equals(engine.promptVersion(), metadata.get(PROMPT_VERSION));
    }

    private static void putIfPresent(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value);
        }
    }
}
