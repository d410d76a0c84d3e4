package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;

/**
 * Every person, organisation and place an article names, with offsets: the offline engine's name finder and typing
 * stages without the filter that keeps only actors. Cheap (part-of-speech tags and lexicon look-ups), so every
 * engine's answer lists its entities.
 */
public final class EntityFinder {

    private EntityFinder() {
    }

    /** The entities of an article, in text order. */
    public static List<Entity> find(String text) {
        return find(text, ArticleAnalyzer.analyze(text));
    }

    /**
     * The entities of one sentence given as tokens (an annotated corpus, scored sentence by sentence), with offsets
     * in the tokens joined by single spaces.
     */
    public static List<Entity> findInTokens(List<String> tokens) {
        String text = String.join(" ", tokens);
        return find(text, List.of(ArticleAnalyzer.sentenceOf(tokens)));
    }

    static List<Entity> find(String text, List<Sentence> sentences) {
        List<Entity> entities = new ArrayList<>();
        for (Candidate candidate : ActorCollector.typed(text, sentences)) {
            EntityType type = typeOf(candidate);
            if (type == null) {
                continue;
            }
            for (NameRun run : candidate.runs) {
                entities.add(new Entity(run.text(), type, run.start(), run.text().length(), null));
            }
        }
        entities.sort(Comparator.comparingInt(Entity::offset));
        return List.copyOf(entities);
    }

    private static EntityType typeOf(Candidate candidate) {
        if (candidate.type == ActorType.PERSON) {
            return EntityType.PERSON;
        }
        if (candidate.type == ActorType.ORGANIZATION) {
            return EntityType.ORGANIZATION;
        }
        if (candidate.type == ActorType.COUNTRY || candidate.place) {
            return EntityType.PLACE;
        }
        return null;
    }
}
