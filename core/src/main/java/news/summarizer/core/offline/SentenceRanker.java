package news.summarizer.core.offline;

import news.summarizer.core.text.NameForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores sentences the way news is written: the lead carries the story (position), a sentence that shares many
 * content words with the rest states the topic (centrality), and the key actors' sentences carry the action.
 * A sentence opening with a pronoun leans on the one before it, so it loses a little when quoted alone.
 */
final class SentenceRanker {

    private static final double POSITION_WEIGHT = 0.45;
    private static final double CENTRALITY_WEIGHT = 0.40;
    private static final double ACTOR_WEIGHT = 0.15;
    private static final double LEANING_PENALTY = 0.85;
    private static final int MIN_CHARACTERS = 40;
    private static final int MAX_CHARACTERS = 400;
    private static final int ACTORS_CONSIDERED = 5;
    private static final Pattern LEANS_ON_CONTEXT = Pattern.compile(
            "^(Er|Sie|Es|Das|Dies|Dieser|Diese|Dabei|Dazu|Damit|Davon|Dort|Daher|Deshalb|Deswegen|Dagegen|Zudem|Auch)\\b");

    private SentenceRanker() {
    }

    /** Every sentence in article order, each with its score and whether it may stand in a summary. */
    static List<RankedSentence> rank(List<Sentence> sentences, List<Candidate> actors) {
        List<TermVector> vectors = sentences.stream().map(sentence -> TermVector.of(sentence.bodyWords())).toList();
        TermVector document = vectors.stream().reduce(new TermVector(java.util.Map.of()), TermVector::plus);
        List<String> actorNames = actors.stream()
                .sorted(Comparator.comparingInt((Candidate c) -> -c.mentions()))
                .limit(ACTORS_CONSIDERED).map(Candidate::shortName).toList();
        double[] centrality = new double[sentences.size()];
        double maxCentrality = 1e-9;
        for (int i = 0; i < sentences.size(); i++) {
            centrality[i] = vectors.get(i).cosine(document.minus(vectors.get(i)));
            maxCentrality = Math.max(maxCentrality, centrality[i]);
        }
        List<RankedSentence> ranked = new ArrayList<>();
        int prose = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            double position = 1.0 / (1.0 + 0.15 * prose);
            long named = actorNames.stream().filter(name -> NameForms.mentions(sentence.body(), name)).count();
            double score = POSITION_WEIGHT * position + CENTRALITY_WEIGHT * centrality[i] / maxCentrality
                    + ACTOR_WEIGHT * Math.min(1.0, named / 2.0);
            if (LEANS_ON_CONTEXT.matcher(sentence.body()).find()) {
                score *= LEANING_PENALTY;
            }
            ranked.add(new RankedSentence(sentence, vectors.get(i), score, eligible(sentence)));
            if (!sentence.heading()) {
                prose++;
            }
        }
        return ranked;
    }

    /** Sentences that lean on the one before ("Doch …", "Auch das …") read wrongly on their own in a summary. */
    private static final java.util.regex.Pattern DANGLING_OPENER = java.util.regex.Pattern.compile(
            "^(?:Doch|Aber|Auch das|Auch dies|Dennoch|Trotzdem|Allerdings|Deshalb|Daher|Darum|Jedoch|Zudem|Außerdem"
                    + "|Stattdessen|Dabei|Dazu|Damit|Dies|Das ist|Das war|Diese|Dieser|Dieses|Und|Oder|Denn|Sondern"
                    + "|Ebenso|Ebenfalls|Gleichzeitig|Dagegen|Demnach|Somit|Folglich)\\b");

    private static boolean eligible(Sentence sentence) {
        int length = sentence.body().strip().length();
        return !sentence.heading() && !sentence.quoteOnly() && length >= MIN_CHARACTERS && length <= MAX_CHARACTERS
                && sentence.bodyWords().size() >= 6 && !DANGLING_OPENER.matcher(sentence.body().strip()).find();
    }
}
