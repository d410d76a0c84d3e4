package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.summarizer.core.summary.ActorType;

/**
 * An actor being assembled from its name runs. Immutable: each stage of {@link ActorCollector} returns new
 * candidates ({@code type} null while no stage has decided the kind yet).
 */
record Candidate(String name, ActorType type, String role, boolean place, List<NameRun> runs, int mentions) {

    Candidate {
        runs = List.copyOf(runs);
    }

    Candidate withType(ActorType newType) {
        return new Candidate(name, newType, role, place, runs, mentions);
    }

    Candidate withRole(String newRole) {
        return new Candidate(name, type, newRole, place, runs, mentions);
    }

    Candidate withPlace(boolean newPlace) {
        return new Candidate(name, type, role, newPlace, runs, mentions);
    }

    Candidate withMentions(int newMentions) {
        return new Candidate(name, type, role, place, runs, newMentions);
    }

    /** This candidate with a variant's mentions added, in text order; the variant's role only if this has none. */
    Candidate absorb(Candidate variant) {
        List<NameRun> all = new ArrayList<>(runs);
        all.addAll(variant.runs);
        all.sort(Comparator.comparingInt(NameRun::start));
        return new Candidate(name, type, role == null ? variant.role : role, place, all, mentions);
    }

    int firstSentence() {
        return runs.get(0).sentence().index();
    }

    boolean multiWord() {
        return name.strip().contains(" ");
    }

    /** The name's words and hyphenated parts: "Hans-Peter Kranich" → Hans, Peter, Kranich. */
    String[] parts() {
        return PARTS.split(name);
    }

    /** Compiled once: {@code String.split("[ -]")} compiles its character class on every call. */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[ -]");

    String lastWord() {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    /** The word a later mention uses: the surname of a person, else the full name. */
    String shortName() {
        return type == ActorType.PERSON ? lastWord() : name;
    }
}
