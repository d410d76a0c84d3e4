package news.summarizer.core.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.StatementKind;
import news.summarizer.core.summary.Summary;

/**
 * The public JSON contract of one story told by several sources. Field names are API: keep them. Every
 * {@code article} is an index into {@link #articles}; every {@code evidence} stands verbatim at
 * {@code evidenceOffset} in that article's normalised text.
 *
 * @param id    {@code sha256:<hex>} of the sorted article ids, one per line: the same sources give the same story id
 * @param title the caller's title, or null
 */
public record Story(
        String id,
        String title,
        String language,
        String headline,
        String summary,
        List<String> keyPoints,
        List<StoryActor> actors,
        List<Agreement> agreements,
        List<Difference> differences,
        List<TimelineEntry> timeline,
        List<SourceSummary> articles,
        StoryEngine engine,
        List<String> warnings) {

    /**
     * An actor merged over its name variants in every source; {@code mentions} counts over all sources;
     * {@code statements}: what each source reports the actor saying, in source and article order, so that a
     * difference between sources can point at the words.
     */
    public record StoryActor(String name, ActorType type, String role, String description, int mentions,
                             List<ActorSource> sources, List<ActorStatement> statements) {
    }

    /** A statement of the actor as one source reports it; {@code text} stands verbatim at {@code offset} there. */
    public record ActorStatement(int article, StatementKind kind, String text, int offset, String evidence,
                                 int evidenceOffset) {
    }

    /** One quote per source that names the actor. */
    public record ActorSource(int article, String evidence, int evidenceOffset, int mentions) {
    }

    /** A statement the listed sources share. */
    public record Agreement(String statement, List<Integer> articles) {
    }

    /** A topic on which the sources say different things, each side attributed and quoted. */
    public record Difference(String topic, List<Claim> claims) {
    }

    public record Claim(int article, String statement, String evidence, int evidenceOffset) {
    }

    /** {@code date} as precise as the source gives it ("2025-10-21", "2025-10"). */
    public record TimelineEntry(String date, int article, String event) {
    }

    /** The single-article contract of one source, plus the source's name. */
    public record SourceSummary(@JsonUnwrapped Summary summary, String source) {
    }

    /**
     * Totals over every model call made for this story (the summaries made now and the fusion); summaries reused
     * from storage cost nothing and are counted in {@code summariesReused}.
     *
     * @param promptVersion        the fusion's prompt version (offline: the offline fusion's version)
     * @param summaryPromptVersion the prompt version of the single-article summaries
     */
    public record StoryEngine(String provider, String model, String promptVersion, String summaryPromptVersion,
                              long inputTokens, long outputTokens, int modelCalls, int summariesReused,
                              long durationMs, @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd) {
    }
}
