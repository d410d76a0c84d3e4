package news.summarizer.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.grounding.StoryMatching;
import news.summarizer.core.story.Story.ActorSource;
import news.summarizer.core.story.Story.ActorStatement;
import news.summarizer.core.story.Story.StoryActor;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.Summary;

/**
 * Merges the grounded actors of every source into the story's actors: name variants across sources ("Putin" in one,
 * "Wladimir Putin" in another) become one actor that keeps one quote per source, already verified by that source's
 * grounding, and what each source reports the actor saying. Actors named by more sources come first, then those
 * mentioned more often.
 */
final class ActorMerger {

    private static final int MAX_ACTORS = 15;

    private ActorMerger() {
    }

    static List<StoryActor> merge(List<SourceResult> sources) {
        List<Merged> merged = new ArrayList<>();
        for (int index = 0; index < sources.size(); index++) {
            Summary summary = sources.get(index).summary();
            for (Actor actor : summary.actors()) {
                Merged target = null;
                for (Merged candidate : merged) {
                    if (candidate.matches(actor)) {
                        target = candidate;
                        break;
                    }
                }
                if (target == null) {
                    target = new Merged(actor, index);
                    merged.add(target);
                } else {
                    target.add(actor, index);
                }
                target.said(actor, summary, index);
            }
        }
        return merged.stream()
                .sorted(Comparator.comparingInt((Merged m) -> m.sources.size()).reversed()
                        .thenComparing(Comparator.comparingInt(Merged::mentions).reversed()))
                .limit(MAX_ACTORS)
                .map(Merged::toStoryActor)
                .toList();
    }

    /** One actor under construction: every variant seen, one quote per source. */
    private static final class Merged {
        private final List<Actor> variants = new ArrayList<>();
        private final List<ActorSource> sources = new ArrayList<>();
        private final List<ActorStatement> statements = new ArrayList<>();

        Merged(Actor first, int article) {
            add(first, article);
        }

        boolean matches(Actor actor) {
            return variants.stream().anyMatch(known -> StoryMatching.sameActor(known, actor));
        }

        void add(Actor actor, int article) {
            variants.add(actor);
            boolean quoted = sources.stream().anyMatch(source -> source.article() == article);
            if (!quoted) {
                sources.add(new ActorSource(article, actor.evidence(), actor.evidenceOffset(), actor.mentions()));
            }
        }

        /** The source's statements whose speaker is this variant (the grounder names speakers as its actors). */
        void said(Actor actor, Summary summary, int article) {
            for (Statement statement : summary.statements()) {
                if (statement.speaker().equals(actor.name())) {
                    statements.add(new ActorStatement(article, statement.kind(), statement.text(), statement.offset(),
                            statement.evidence(), statement.evidenceOffset()));
                }
            }
        }

        int mentions() {
            return sources.stream().mapToInt(ActorSource::mentions).sum();
        }

        /** The fullest name ("Wladimir Putin" over "Putin"); role and description from the first source that has one. */
        StoryActor toStoryActor() {
            Actor named = variants.stream()
                    .max(Comparator.comparingInt((Actor a) -> a.name().split("\\s+").length))
                    .orElseThrow();
            String role = variants.stream().map(Actor::role).filter(r -> r != null && !r.isBlank()).findFirst().orElse(null);
            String description = variants.stream().map(Actor::description).filter(d -> d != null && !d.isBlank())
                    .findFirst().orElse(null);
            return new StoryActor(named.name(), variants.get(0).type(), role, description, mentions(), List.copyOf(sources),
                    List.copyOf(statements));
        }
    }
}
