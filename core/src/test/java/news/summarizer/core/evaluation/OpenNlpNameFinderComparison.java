package news.summarizer.core.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The library the tagger was measured against ({@code --germeval FILE --opennlp}): Apache OpenNLP's
 * {@link NameFinderME} (maximum entropy, its default feature generators), already on the class path for the
 * part-of-speech model, trained and scored with the same folds as the project's own tagger.
 */
final class OpenNlpNameFinderComparison {

    private OpenNlpNameFinderComparison() {
    }

    static List<String[]> crossValidate(List<GermEvalCommand.Sentence> sentences, int folds) throws IOException {
        List<String[]> predicted = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), (String[]) null));
        for (int fold = 0; fold < folds; fold++) {
            List<NameSample> training = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (i % folds != fold) {
                    training.add(sample(sentences.get(i)));
                }
            }
            TokenNameFinderModel model = NameFinderME.train("de", null, new CollectionObjectStream<>(training),
                    TrainingParameters.defaultParams(), new TokenNameFinderFactory());
            NameFinderME finder = new NameFinderME(model);
            for (int i = fold; i < sentences.size(); i += folds) {
                String[] tokens = sentences.get(i).tokens().toArray(String[]::new);
                String[] tags = new String[tokens.length];
                Arrays.fill(tags, "O");
                for (Span span : finder.find(tokens)) {
                    for (int k = span.getStart(); k < span.getEnd(); k++) {
                        tags[k] = (k == span.getStart() ? "B-" : "I-") + span.getType();
                    }
                }
                finder.clearAdaptiveData();
                predicted.set(i, tags);
            }
        }
        return predicted;
    }

    private static NameSample sample(GermEvalCommand.Sentence sentence) {
        List<Span> spans = new ArrayList<>();
        List<GermEvalCommand.Chunk> chunks = new ArrayList<>(GermEvalCommand.chunks(sentence.gold()));
        chunks.sort(java.util.Comparator.comparingInt(GermEvalCommand.Chunk::start));
        for (GermEvalCommand.Chunk chunk : chunks) {
            spans.add(new Span(chunk.start(), chunk.end() + 1, chunk.type()));
        }
        return new NameSample(sentence.tokens().toArray(String[]::new), spans.toArray(Span[]::new), true);
    }
}
