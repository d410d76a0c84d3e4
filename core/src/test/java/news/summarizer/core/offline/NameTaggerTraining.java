package news.summarizer.core.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the {@link NameTagger}: a linear-chain CRF over the tagger's own features (the averaged perceptron it replaced
 * stays selectable for comparison), decoded with the tagger's own Viterbi, so training and tagging cannot drift apart.
 * Lives in the test sources: nothing on the function's path trains.
 */
public final class NameTaggerTraining {

    /**
     * "crf" (default): a linear-chain CRF ({@link ChainCrfTraining}); "perceptron": the averaged perceptron it
     * replaced, 0.004-0.021 F1 (mean 0.011) below it in 5-fold runs on GermEval dev over seven shuffling seeds.
     */
    static final String LEARNER = System.getProperty("tagger.learner", "crf");
    /** Passes of the perceptron over the training sentences; more did not help in 5-fold runs on GermEval dev. */
    static final int EPOCHS = Integer.getInteger("tagger.epochs", 12);
    /** A feature seen fewer times in training is left out: it rarely generalises, and halves the model. */
    static final int MIN_COUNT = Integer.getInteger("tagger.minCount", 2);
    private static final long SEED = Long.getLong("tagger.seed", 20_141_201L);

    private NameTaggerTraining() {
    }

    /** One training sentence: the tagger's input and the gold tag index per word. */
    private record Example(NameTagger.Input input, int[] gold) {
    }

    /**
     * Out-of-fold tags: sentence {@code i} is tagged by a model trained on every sentence whose {@code i % folds}
     * differs (folds fixed by position, no shuffling), so no sentence is tagged by a model that saw it.
     */
    public static List<String[]> crossValidate(List<List<String>> tokens, List<List<String>> gold, int folds) {
        List<Example> examples = examples(tokens, gold);
        List<String[]> predicted = new ArrayList<>(java.util.Collections.nCopies(examples.size(), (String[]) null));
        for (int fold = 0; fold < folds; fold++) {
            List<Example> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != fold) {
                    training.add(examples.get(i));
                }
            }
            NameTagger tagger = asShipped(train(training));
            for (int i = fold; i < examples.size(); i += folds) {
                predicted.set(i, tagger.tag(examples.get(i).input()));
            }
        }
        return predicted;
    }

    /** The model as written and read back: the folds are scored with the shipped format's 8-bit weights. */
    private static NameTagger asShipped(NameTagger tagger) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            tagger.write(bytes);
            return NameTagger.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Trains on every sentence and writes the model (gzip) to {@code target}; returns the model. */
    public static NameTagger trainAndWrite(List<List<String>> tokens, List<List<String>> gold, Path target)
            throws IOException {
        NameTagger tagger = train(examples(tokens, gold));
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            tagger.write(out);
        }
        return tagger;
    }

    /** A model trained on the given sentences and gold BIO tags (tests train one on their own fictional sentences). */
    static NameTagger train(List<List<String>> tokens, List<List<String>> gold) {
        return train(examples(tokens, gold));
    }

    /** Features count of a model, for the evaluation's report. */
    public static int featureCount(NameTagger tagger) {
        return tagger.featureCount();
    }

    private static List<Example> examples(List<List<String>> tokens, List<List<String>> gold) {
        List<Example> examples = new ArrayList<>();
        for (int s = 0; s < tokens.size(); s++) {
            NameTagger.Input input = EntityFinder.inputOfTokens(tokens.get(s));
            examples.add(new Example(input, goldIndexes(gold.get(s))));
        }
        return examples;
    }

    /** Gold tags as indexes of {@link NameTagger#TAGS}; other classes are O, an I- after another class opens. */
    static int[] goldIndexes(List<String> tags) {
        List<String> known = Arrays.asList(NameTagger.TAGS);
        int[] gold = new int[tags.size()];
        for (int i = 0; i < tags.size(); i++) {
            int tag = Math.max(0, known.indexOf(tags.get(i)));
            if (tag != 0 && !NameTagger.allowed(i == 0 ? -1 : gold[i - 1], tag)) {
                tag = tag - 1; // "I-LOC" after O: the start of a place
            }
            gold[i] = tag;
        }
        return gold;
    }

    static NameTagger train(List<Example> examples) {
        int t = NameTagger.T;
        // Feature ids: counted over the training sentences, the rare ones left out.
        Map<Long, Integer> counts = new HashMap<>();
        List<long[][]> hashes = new ArrayList<>();
        NameFeatures.Features features = new NameFeatures.Features();
        for (Example example : examples) {
            long[][] sentence = new long[example.gold().length][];
            for (int i = 0; i < sentence.length; i++) {
                features.size = 0;
                NameFeatures.features(example.input(), i, features);
                sentence[i] = Arrays.copyOf(features.ids, features.size);
                for (long feature : sentence[i]) {
                    counts.merge(feature, 1, Integer::sum);
                }
            }
            hashes.add(sentence);
        }
        Map<Long, Integer> index = new HashMap<>();
        counts.forEach((feature, count) -> {
            if (count >= MIN_COUNT) {
                index.put(feature, index.size());
            }
        });
        List<int[][]> ids = new ArrayList<>();
        for (long[][] sentence : hashes) {
            int[][] perWord = new int[sentence.length][];
            for (int i = 0; i < sentence.length; i++) {
                perWord[i] = Arrays.stream(sentence[i]).mapToObj(index::get).filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue).distinct().toArray();
            }
            ids.add(perWord);
        }
        float[] w = new float[index.size() * t];
        float[] tw = new float[(t + 1) * t];
        if ("perceptron".equals(LEARNER)) {
            perceptron(ids, examples, w, tw);
        } else {
            List<int[]> golds = examples.stream().map(Example::gold).toList();
            ChainCrfTraining.train(ids, golds, w, tw, SEED);
        }
        // Features whose weights are all (nearly) zero are left out, then all but the KEEP strongest.
        List<Long> kept = new ArrayList<>();
        List<Integer> keptIds = new ArrayList<>();
        float floor = pruneFloor(w, index.size(), KEEP);
        index.forEach((feature, id) -> {
            for (int k = 0; k < t; k++) {
                if (Math.abs(w[id * t + k]) > Math.max(1e-4f, floor)) {
                    kept.add(feature);
                    keptIds.add(id);
                    return;
                }
            }
        });
        float[] weights = new float[keptIds.size() * t];
        for (int n = 0; n < keptIds.size(); n++) {
            System.arraycopy(w, keptIds.get(n) * t, weights, n * t, t);
        }
        return new NameTagger(kept.stream().mapToLong(Long::longValue).toArray(), weights, tw);
    }

    /**
     * Features kept in the model, the strongest by their largest weight: a CRF gives nearly every feature some weight;
     * 12,000 keep the model near its former size (124 KB) and scored as well as keeping all 32,000 (317 KB).
     */
    static final int KEEP = Integer.getInteger("tagger.keep", 12_000);

    /** The weight under which a feature is dropped so that about {@code keep} features (by largest weight) stay. */
    private static float pruneFloor(float[] w, int features, int keep) {
        if (keep >= features) {
            return 0;
        }
        int t = NameTagger.T;
        float[] largest = new float[features];
        for (int f = 0; f < features; f++) {
            for (int k = 0; k < t; k++) {
                largest[f] = Math.max(largest[f], Math.abs(w[f * t + k]));
            }
        }
        Arrays.sort(largest);
        return largest[features - keep];
    }

    /** The averaged structured perceptron (Collins 2002), the learner before the CRF; for comparison. */
    private static void perceptron(List<int[][]> ids, List<Example> examples, float[] w, float[] tw) {
        int t = NameTagger.T;
        // Averaged perceptron with the usual trick: avg = w - u / c, u accumulating c * update.
        float[] u = new float[w.length];
        float[] tu = new float[tw.length];
        Integer[] order = new Integer[examples.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(SEED);
        int c = 1;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(Arrays.asList(order), random);
            for (int s : order) {
                int[][] sentence = ids.get(s);
                int[] gold = examples.get(s).gold();
                float[][] scores = new float[sentence.length][t];
                for (int i = 0; i < sentence.length; i++) {
                    for (int f : sentence[i]) {
                        for (int k = 0; k < t; k++) {
                            scores[i][k] += w[f * t + k];
                        }
                    }
                }
                int[] guess = NameTagger.viterbi(scores, tw);
                if (!Arrays.equals(guess, gold)) {
                    for (int i = 0; i < sentence.length; i++) {
                        if (guess[i] != gold[i]) {
                            for (int f : sentence[i]) {
                                w[f * t + gold[i]] += 1;
                                u[f * t + gold[i]] += c;
                                w[f * t + guess[i]] -= 1;
                                u[f * t + guess[i]] -= c;
                            }
                        }
                        int goldFrom = i == 0 ? t * t + gold[i] : gold[i - 1] * t + gold[i];
                        int guessFrom = i == 0 ? t * t + guess[i] : guess[i - 1] * t + guess[i];
                        if (goldFrom != guessFrom) {
                            tw[goldFrom] += 1;
                            tu[goldFrom] += c;
                            tw[guessFrom] -= 1;
                            tu[guessFrom] -= c;
                        }
                    }
                }
                c++;
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] -= u[i] / c;
        }
        for (int i = 0; i < tw.length; i++) {
            tw[i] -= tu[i] / c;
        }
    }
}
