package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.List;
import news.summarizer.core.summary.ActorType;

/** An actor being assembled from its name runs; mutable only while {@link ActorCollector} merges variants. */
final class Candidate {

    final String name;
    ActorType type;
    String role;
    boolean place;
    final List<NameRun> runs = new ArrayList<>();
    int mentions;
    double score;

    Candidate(String name) {
        this.name = name;
    }

    void absorb(Candidate variant) {
        runs.addAll(variant.runs);
        runs.sort(java.util.Comparator.comparingInt(NameRun::start));
        if (role == null) {
            role = variant.role;
        }
    }

    int firstSentence() {
        return runs.get(0).sentence().index();
    }

    boolean multiWord() {
        return name.strip().contains(" ");
    }

    String lastWord() {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    /** The word a later mention uses: the surname of a person, else the full name. */
    String shortName() {
        return type == ActorType.PERSON ? lastWord() : name;
    }
}
