package news.summarizer.core.offline;

import java.util.List;

/**
 * Turns name runs into typed actor candidates, in named stages over immutable {@link Candidate}s: find the names,
 * type them by what the name says, merge the variants of one actor, type the rest by the words around them, merge
 * misspellings, and keep the actors. Without a German NER model the type comes from evidence in the article; places
 * are settings, not actors, unless a sentence starts with them as its subject ("Lindenau vollzog eine Wende").
 * Ranking the actors is the last stage, {@link ActorRanker}, once the summary sentences are chosen.
 */
final class ActorCollector {

    private ActorCollector() {
    }

    /** Candidates in order of first mention; types are set, places and weak guesses are gone. */
    static List<Candidate> collect(String text, List<Sentence> sentences) {
        return ActorFilter.actors(named(text, sentences), text);
    }

    /**
     * Every named candidate as {@link #typed}, with names of unknown kind typed by the trained name tagger
     * ({@link TaggerEvidence}): the candidates the filter chooses the actors from.
     */
    static List<Candidate> named(String text, List<Sentence> sentences) {
        return TaggerEvidence.type(typed(text, sentences));
    }

    /**
     * Every named candidate in order of first mention, typed, places marked, variants merged, before the filter that
     * keeps actors: the names an article mentions, actors or not (see {@link EntityFinder}).
     */
    static List<Candidate> typed(String text, List<Sentence> sentences) {
        Typed last = LAST.get();
        if (last != null && last.sentences() == sentences && last.text().equals(text)) {
            return last.candidates();
        }
        List<Candidate> candidates = List.copyOf(stages(text, sentences));
        LAST.set(new Typed(text, sentences, candidates));
        return candidates;
    }

    /**
     * The last article this thread typed: the engine (actors, then speakers) and the entity finder ask for the same
     * article's candidates one after the other. Candidates are immutable records, so they can be handed out again.
     */
    private static final ThreadLocal<Typed> LAST = new ThreadLocal<>();

    private record Typed(String text, List<Sentence> sentences, List<Candidate> candidates) {
    }

    private static List<Candidate> stages(String text, List<Sentence> sentences) {
        List<Candidate> found = CandidateFinder.find(text, sentences);
        List<Candidate> named = NameTyper.type(found, text);
        List<Candidate> persons = NameTyper.persons(named);
        List<Candidate> listed = NameTyper.listedWithOrganizations(NameTyper.listedWithPersons(named, persons));
        List<Candidate> merged = CandidateMerger.spelledOut(
                CandidateMerger.intoPersons(CandidateMerger.shortForms(listed), persons));
        return CandidateMerger.firstNames(
                CandidateMerger.misspellings(CandidateMerger.sameActor(ContextTyper.type(merged, text, sentences))));
    }
}
