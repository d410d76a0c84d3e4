package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.GermanLexicon;

/**
 * Names of bodies formed by a place's adjective and a common noun: "die Lindenauer Hafengesellschaft", "der Kolberger
 * Stadtrat", "die St. Wendeliner Polizei". German derives an adjective in -er from every place name ("Paris" →
 * "Pariser", "Lindenau" → "Lindenauer"); it is capitalised and never inflected, and the dictionary knows the common ones
 * as adjectives whose lemma is capitalised, which no other German adjective has ("britisch", "neu" are lower case).
 * The tagger reads such a word as an adjective and the noun after it as a common noun, so the name finder, which
 * builds names from proper nouns, never sees these names.
 *
 * <p>They are not actors by themselves (the same pattern names a building, "der Kolberger Dom", or an agreement,
 * "das Lindenauer Abkommen"): the offline engine offers them only as possible speakers, and one becomes an actor when
 * the statement finder hears it speak ("…, teilte die Lindenauer Hafengesellschaft mit").
 */
final class PlaceAdjectiveNames {

    /** "St." before a place's adjective belongs to the name: "St. Wendeliner" is the adjective of "St. Wendel". */
    private static final String SAINT = "St.";

    private PlaceAdjectiveNames() {
    }

    /** Every such name of the article once, as an organisation, with all its mentions; in order of first mention. */
    static List<Candidate> find(List<Sentence> sentences) {
        Map<String, List<NameRun>> runs = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            List<Word> words = sentence.words();
            for (int i = 0; i + 1 < words.size(); i++) {
                Word adjective = words.get(i);
                Word noun = words.get(i + 1);
                if (words.get(i).start() < sentence.bodyStart() || !placeAdjective(adjective.text())
                        || !bodyNoun(noun.text())) {
                    continue;
                }
                int from = i > 0 && words.get(i - 1).is(SAINT) ? i - 1 : i;
                String head = GermanLexicon.withoutGenitive(noun.text());
                String name = sentence.text().substring(words.get(from).start() - sentence.start(),
                        adjective.end() - sentence.start()) + " " + head;
                String verbatim = sentence.text().substring(words.get(from).start() - sentence.start(),
                        noun.end() - sentence.start());
                runs.computeIfAbsent(name, n -> new ArrayList<>())
                        .add(new NameRun(sentence, from, i + 2, verbatim, words.get(from).start()));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        runs.forEach((name, found) -> candidates.add(
                new Candidate(name, ActorType.ORGANIZATION, null, false, found, found.size())));
        return candidates;
    }

    /**
     * A place's adjective: an adjective whose lemma the dictionary capitalises ("Pariser"), or an unknown capitalised
     * word in -er, the form the derivation gives any place the dictionary does not know ("Lindenauer").
     */
    static boolean placeAdjective(String word) {
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(word.charAt(1))) {
            return false;
        }
        GermanLexicon.Entry entry = GermanLexicon.lookup(word);
        if (!entry.known()) {
            return word.endsWith("er");
        }
        for (GermanLexicon.Reading reading : entry.readings()) {
            if (reading.kind() == GermanLexicon.Kind.ADJECTIVE && Character.isUpperCase(reading.lemma().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun of a body: a capitalised common noun (or a compound whose last part is one) that names no person. A
     * person noun has a feminine in -in in the dictionary ("Trainer" / "Trainerin"): "der Lindenauer Trainer" is a
     * description of a person, whom the statement finder resolves by role.
     */
    static boolean bodyNoun(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || word.indexOf('-') >= 0) {
            return false;
        }
        String base = GermanLexicon.withoutGenitive(word);
        if (!GermanLexicon.isCommonNoun(base)) {
            return false;
        }
        String head = GermanLexicon.lookup(base).known() ? base : GermanLexicon.compoundHead(base);
        return head != null && !personNoun(head);
    }

    private static boolean personNoun(String noun) {
        if (noun.endsWith("in") && GermanLexicon.isCommonNoun(noun.substring(0, noun.length() - 2))) {
            return true;
        }
        for (GermanLexicon.Reading reading : GermanLexicon.lookup(noun).readings()) {
            if (reading.kind() == GermanLexicon.Kind.COMMON_NOUN
                    && GermanLexicon.lookup(reading.lemma() + "in").known()) {
                return true;
            }
        }
        return false;
    }
}
