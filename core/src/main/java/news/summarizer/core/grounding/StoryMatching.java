package news.summarizer.core.grounding;

import java.util.Optional;
import news.summarizer.core.summary.Actor;

/**
 * What a story needs from grounding, behind one door: whether two grounded actors of different articles are name
 * variants of one actor, and where a quote stands verbatim in an article. Delegates to the rules the single-article
 * grounding uses, so a story never matches names or quotes differently from a summary.
 */
public final class StoryMatching {

    private StoryMatching() {
    }

    /** "Putin", "Wladimir Putin" and "Kremlchef Putin" are one actor; so are "Bahn" and "Deutsche Bahn". */
    public static boolean sameActor(Actor a, Actor b) {
        return ActorGrounder.sameActor(a, b);
    }

    /**
     * The verbatim span of {@code text} that the quote stands for (tolerant of quote marks, dashes, spacing and
     * case), or empty when the article does not contain it.
     */
    public static Optional<Quote> locate(String text, String quote) {
        if (quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        TextIndex.Span span = TextIndex.of(text).find(quote, 0);
        return span == null ? Optional.empty() : Optional.of(new Quote(span.text(), span.offset()));
    }

    /** A quote as it stands in the article, at {@code offset} in its normalised text. */
    public record Quote(String text, int offset) {
    }
}
