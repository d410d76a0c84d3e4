package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage "find": the name runs of the article grouped under one canonical name each, in order of first mention, with
 * the first title a run carries ("Ministerin Lena Hartwig … Hartwig"), untyped.
 */
final class CandidateFinder {

    private CandidateFinder() {
    }

    static List<Candidate> find(String text, List<Sentence> sentences) {
        Map<String, List<NameRun>> runsByName = new LinkedHashMap<>();
        Map<String, String> roles = new HashMap<>();
        for (NameRun run : NameFinder.find(sentences)) {
            String name = ActorNames.withoutTrailingNoun(ActorNames.canonical(run), text);
            String key = ActorNames.withoutAcronymPlural(ActorNames.withoutGenitiveSurname(name, text), text);
            runsByName.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
            if (roles.get(key) == null) {
                roles.put(key, RoleFinder.roleOf(run));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        runsByName.forEach((name, runs) -> candidates.add(new Candidate(name, null, roles.get(name), false, runs, 0)));
        return candidates;
    }
}
