package news.summarizer.core.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import news.summarizer.core.engine.SummaryLimits;
import news.summarizer.core.summary.ActorType;
import news.summarizer.core.text.NameForms;

/**
 * Stage "rank": the actors the answer reports, most important first: often named, named early, named in the
 * summary, introduced with a title; persons before organisations before countries before other names.
 */
final class ActorRanker {

    /** Countries are named often in foreign news; a few are enough to leave room for the people who act. */
    private static final int MAX_COUNTRIES = 3;

    private record Scored(Candidate candidate, double score) {
    }

    private ActorRanker() {
    }

    static List<Candidate> rank(List<Candidate> candidates, List<RankedSentence> summary, List<Sentence> sentences) {
        return rank(candidates, summary, sentences, Set.of());
    }

    /**
     * As {@link #rank(List, List, List)}, but a candidate the article quotes ({@code speakers}, by name) always gets
     * a place: someone whose words the story reports is one of its actors. A speaker below the cut takes the place of
     * the lowest-ranked actor who does not speak; the order among the chosen stays by score (salience reorders later).
     */
    static List<Candidate> rank(List<Candidate> candidates, List<RankedSentence> summary, List<Sentence> sentences,
                                Set<String> speakers) {
        int count = Math.max(1, sentences.size());
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean inSummary = summary.stream().anyMatch(r ->
                    candidate.runs().stream().anyMatch(run -> run.sentence() == r.sentence())
                            || NameForms.mentions(r.sentence().body(), candidate.shortName()));
            scored.add(new Scored(candidate, 2 * Math.sqrt(Math.min(candidate.mentions(), 9))
                    + 2.5 * (1.0 - (double) candidate.firstSentence() / count)
                    + (inSummary ? 1.5 : 0)
                    + (candidate.role() != null ? 1 : 0)
                    + typeWeight(candidate.type())));
        }
        List<Candidate> byScore = scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed())
                .map(Scored::candidate).toList();
        List<Candidate> chosen = new ArrayList<>();
        int countries = 0;
        for (Candidate candidate : byScore) {
            if (chosen.size() < SummaryLimits.ACTORS_MAX && (candidate.type() != ActorType.COUNTRY || countries++ < MAX_COUNTRIES)) {
                chosen.add(candidate);
            }
        }
        for (Candidate speaker : byScore) {
            if (speakers.contains(speaker.name()) && !chosen.contains(speaker)) {
                int silent = lastSilent(chosen, speakers);
                if (chosen.size() >= SummaryLimits.ACTORS_MAX && silent < 0) {
                    break;
                }
                if (chosen.size() >= SummaryLimits.ACTORS_MAX) {
                    chosen.remove(silent);
                }
                chosen.add(speaker);
            }
        }
        return byScore.stream().filter(chosen::contains).toList();
    }

    private static int lastSilent(List<Candidate> chosen, Set<String> speakers) {
        for (int i = chosen.size() - 1; i >= 0; i--) {
            if (!speakers.contains(chosen.get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    private static double typeWeight(ActorType type) {
        return switch (type) {
            case PERSON -> 1.0;
            case ORGANIZATION -> 0.5;
            case COUNTRY -> 0.0;
            case OTHER -> -1.0;
        };
    }
}
