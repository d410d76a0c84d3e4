package news.summarizer.core.evaluation;

import java.util.List;

/** The gold annotation of one article: the actors the story is about, every further actor, clear non-actors. */
public record GoldArticle(List<GoldActor> core, List<GoldActor> other, List<String> notActors) {

    public GoldArticle {
        core = core == null ? List.of() : List.copyOf(core);
        other = other == null ? List.of() : List.copyOf(other);
        notActors = notActors == null ? List.of() : List.copyOf(notActors);
    }
}
