package news.summarizer.core.offline;

import news.summarizer.core.text.NameForms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.summarizer.core.summary.ActorType;

/**
 * Turns name runs into typed actor candidates. Without a German NER model the type comes from evidence in the
 * article: a title or a known first name makes a person, and so does a surname the article later uses alone;
 * name heads and word lists make organisations and countries. Places are settings, not actors, unless a sentence
 * starts with them as its subject ("Washington vollzog eine Wende").
 */
final class ActorCollector {

    private static final Set<String> LOCATIVE = Set.of("in", "im", "nach", "aus", "an", "am", "bis", "über", "zwischen",
            "durch", "Stadt", "Hauptstadt", "Region", "Gemeinde", "Fluss", "Bundesland");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");
    /** "Kupjansk liegt am Fluss Oskil" describes a place; "Washington vollzog eine Wende" makes it act. */
    private static final Set<String> STATIVE_VERBS = Set.of("liegt", "lag", "ist", "war", "gilt", "galt", "hat",
            "hatte", "grenzt", "befindet", "zählt", "wird", "wurde", "bleibt", "blieb", "sei", "heißt");
    private static final int MIN_MENTIONS_OF_OTHER = 3;

    private ActorCollector() {
    }

    /** Candidates in order of first mention; types are set, places and weak guesses are gone. */
    static List<Candidate> collect(String text, List<Sentence> sentences) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (NameRun run : NameFinder.find(sentences)) {
            Candidate candidate = byName.computeIfAbsent(ActorNames.canonical(run), Candidate::new);
            candidate.runs.add(run);
            if (candidate.role == null) {
                candidate.role = RoleFinder.roleOf(run);
            }
        }
        List<Candidate> candidates = new ArrayList<>(byName.values());
        candidates.forEach(candidate -> candidate.type = lexicalType(candidate));
        List<Candidate> persons = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.type == null && candidate.multiWord() && looksLikePerson(candidate, byName, text)) {
                candidate.type = ActorType.PERSON;
                persons.add(candidate);
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.type != ActorType.PERSON && mergedIntoPerson(candidate, persons)) {
                continue;
            }
            if (candidate.type == null) {
                candidate.type = candidate.role != null ? ActorType.PERSON : ActorType.OTHER;
            }
            if (candidate.type == ActorType.COUNTRY) {
                candidate.role = null; // a comma before a country is no apposition that titles it
            }
            boolean byLastWord = candidate.type == ActorType.PERSON || candidate.type == ActorType.ORGANIZATION;
            candidate.mentions = NameForms.count(text, byLastWord ? candidate.lastWord() : candidate.name);
            candidate.mentions = Math.max(candidate.mentions, candidate.runs.size());
            candidate.place = candidate.type == ActorType.OTHER && isPlace(candidate);
            if (keep(candidate)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static ActorType lexicalType(Candidate candidate) {
        if (Lexicon.country(candidate.name) != null) {
            return ActorType.COUNTRY;
        }
        for (String word : candidate.name.split("[ -]")) {
            if (Lexicon.ORGANIZATIONS.contains(word)) {
                return ActorType.ORGANIZATION;
            }
        }
        if (candidate.multiWord() && (candidate.role != null
                || Lexicon.FIRST_NAMES.contains(NameFinder.firstPart(candidate.name.split(" ")[0])))) {
            return null; // a person's name; "Markus Feldhaus" is no organisation for ending in "haus"
        }
        Word before = candidate.runs.get(0).before();
        boolean namedAsOrganization = before != null && before.isNoun() && Lexicon.isOrganizationHead(before.text());
        if (Lexicon.isAcronym(candidate.name) || namedAsOrganization) {
            return ActorType.ORGANIZATION;
        }
        for (String word : candidate.name.split(" ")) {
            if (Lexicon.isOrganizationHead(word)) {
                return ActorType.ORGANIZATION;
            }
        }
        return null;
    }

    private static boolean looksLikePerson(Candidate candidate, Map<String, Candidate> byName, String text) {
        String first = NameFinder.firstPart(candidate.name.split(" ")[0]);
        if (Lexicon.FIRST_NAMES.contains(first) || candidate.role != null) {
            return true;
        }
        if (Lexicon.PLACES.contains(first) || candidate.name.contains("(")) {
            return false;
        }
        String surname = candidate.lastWord();
        return byName.containsKey(surname) || NameForms.count(text, surname) > candidate.runs.size();
    }

    /** "Trump", "Trumps", "Kremlchef Putin", "Worten Selenskyjs", "Rubio-Lawrow" are mentions of persons. */
    private static boolean mergedIntoPerson(Candidate candidate, List<Candidate> persons) {
        for (Candidate person : persons) {
            String surname = person.lastWord();
            for (String part : candidate.name.split("[ -]")) {
                if (part.equals(surname) || NameForms.withoutGenitive(part).equals(surname)) {
                    if (!candidate.multiWord() && candidate.name.indexOf('-') < 0) {
                        person.absorb(candidate);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** A name mostly used after "in", "nach", "über die" … is where things happen. */
    private static boolean isPlace(Candidate candidate) {
        if (Lexicon.PLACES.contains(NameFinder.firstPart(candidate.name.split(" ")[0]))) {
            return true;
        }
        int locative = 0;
        for (NameRun run : candidate.runs) {
            List<Word> words = run.sentence().words();
            int i = run.from() - 1;
            if (i >= 0 && ARTICLES.contains(words.get(i).text())) {
                i--;
            }
            if (i >= 0 && LOCATIVE.contains(words.get(i).text())) {
                locative++;
            }
        }
        return locative * 2 >= candidate.runs.size();
    }

    private static boolean keep(Candidate candidate) {
        if (candidate.place) {
            return acts(candidate);
        }
        return candidate.type != ActorType.OTHER || candidate.mentions >= MIN_MENTIONS_OF_OTHER;
    }

    /** The sentence starts with the name and goes straight on with its verb: the place acts as its government. */
    private static boolean acts(Candidate candidate) {
        for (NameRun run : candidate.runs) {
            Word after = run.after();
            boolean first = run.before() == null;
            if (first && after != null && after.isVerb() && !STATIVE_VERBS.contains(after.text())) {
                return true;
            }
        }
        return false;
    }
}
