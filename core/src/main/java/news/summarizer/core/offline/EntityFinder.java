package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.summary.Entity;
import news.summarizer.core.summary.EntityType;
import news.summarizer.core.text.GermanLexicon;

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
            for (NameRun run : candidate.runs()) {
                entities.add(new Entity(run.text(), type, run.start(), run.text().length(), null));
            }
        }
        entities.sort(Comparator.comparingInt(Entity::offset));
        return List.copyOf(entities);
    }

    static EntityType typeOf(Candidate candidate) {
        if (candidate.type() == ActorType.PERSON) {
            return EntityType.PERSON;
        }
        if (candidate.type() == ActorType.ORGANIZATION) {
            return EntityType.ORGANIZATION;
        }
        if (candidate.type() == ActorType.COUNTRY || candidate.place()) {
            return EntityType.PLACE;
        }
        return unknownKind(candidate);
    }

    /**
     * A name the collector could not type (no first name, title or head): the dictionary's kind of proper noun
     * ("Tübingens" a town, "Berlusconi" a surname), a place-name ending ("Kisdorf", "Marienthal"), or what the
     * sentence does with it ("sagte Pfister" speaks, so a person). A word the dictionary knows only as a common noun
     * is no name.
     */
    private static EntityType unknownKind(Candidate candidate) {
        String last = candidate.lastWord();
        GermanLexicon.Entry entry = GermanLexicon.lookup(last);
        if (entry.has(GermanLexicon.Kind.PLACE)) {
            return EntityType.PLACE;
        }
        if (entry.has(GermanLexicon.Kind.SURNAME) || entry.has(GermanLexicon.Kind.FIRST_NAME)) {
            return EntityType.PERSON;
        }
        if (entry.has(GermanLexicon.Kind.OTHER_NAME)) {
            return EntityType.ORGANIZATION;
        }
        if (Toponyms.looksLikePlace(last)) {
            return EntityType.PLACE;
        }
        if (speaks(candidate)) {
            return EntityType.PERSON;
        }
        return null;
    }

    /** "sagte Pfister", "Pfister sagte", "so Pfister": the name speaks, so it is a person. */
    private static boolean speaks(Candidate candidate) {
        for (NameRun run : candidate.runs()) {
            Word before = run.before();
            Word after = run.after();
            if (before != null && (GermanLexicon.isSpeechVerb(before.text()) || before.is("so"))
                    || after != null && GermanLexicon.isSpeechVerb(after.text())) {
                return true;
            }
        }
        return false;
    }
}
