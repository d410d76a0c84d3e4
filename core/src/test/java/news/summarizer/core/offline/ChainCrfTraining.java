package news.summarizer.core.offline;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A linear-chain conditional random field (Lafferty et al. 2001) for the {@link NameTagger}, trained by AdaGrad on the
 * log-likelihood with an L2 pull applied to the weights each sentence touches. Its weights are read like those of the
 * averaged perceptron it replaced (Viterbi over summed weights), so the tagger and the model format stay as they are.
 * On GermEval dev it gains 0.004-0.021 F1 (mean 0.011) in 5-fold runs over seven shuffling seeds, in precision and
 * recall (docs/names-and-entities.md). Test sources only: nothing on the function's path trains.
 */
final class ChainCrfTraining {

    private ChainCrfTraining() {
    }

    /** Passes over the training sentences (6, 10, 15, 30 tried: 10 best). */
    static final int EPOCHS = Integer.getInteger("tagger.crfEpochs", 10);
    /** AdaGrad's step (0.03, 0.05, 0.1, 0.2 tried). */
    static final double RATE = Double.parseDouble(System.getProperty("tagger.crfRate", "0.03"));
    /**
     * L2 pull towards zero, per update of a weight (0 to 3e-2 tried): with 1,760 training sentences a stronger pull
     * than usual scores best, since most features are seen a handful of times.
     */
    static final double L2 = Double.parseDouble(System.getProperty("tagger.crfL2", "3e-3"));

    /**
     * Fits emission weights {@code w} ({@code T} per feature id) and transition weights {@code tw} (row {@code T}: the
     * sentence start) to the sentences' feature ids and gold tags: AdaGrad steps on each sentence's log-likelihood,
     * marginals by forward-backward over the tags {@link NameTagger#allowed} lets follow each other.
     */
    static void train(List<int[][]> ids, List<int[]> golds, float[] w, float[] tw, long seed) {
        int t = NameTagger.T;
        float[] g2 = new float[w.length];
        float[] tg2 = new float[tw.length];
        Integer[] order = new Integer[golds.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        double ninf = Double.NEGATIVE_INFINITY;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(Arrays.asList(order), random);
            for (int s : order) {
                int[][] sentence = ids.get(s);
                int[] gold = golds.get(s);
                int n = sentence.length;
                if (n == 0) {
                    continue;
                }
                double[][] e = new double[n][t];
                for (int i = 0; i < n; i++) {
                    for (int f : sentence[i]) {
                        for (int k = 0; k < t; k++) {
                            e[i][k] += w[f * t + k];
                        }
                    }
                }
                double[][] alpha = new double[n][t];
                double[][] beta = new double[n][t];
                for (int k = 0; k < t; k++) {
                    alpha[0][k] = NameTagger.allowed(-1, k) ? e[0][k] + tw[t * t + k] : ninf;
                }
                for (int i = 1; i < n; i++) {
                    for (int k = 0; k < t; k++) {
                        double[] terms = new double[t];
                        for (int p = 0; p < t; p++) {
                            terms[p] = NameTagger.allowed(p, k) ? alpha[i - 1][p] + tw[p * t + k] : ninf;
                        }
                        alpha[i][k] = logSumExp(terms) + e[i][k];
                    }
                }
                for (int i = n - 2; i >= 0; i--) {
                    for (int p = 0; p < t; p++) {
                        double[] terms = new double[t];
                        for (int k = 0; k < t; k++) {
                            terms[k] = NameTagger.allowed(p, k) ? tw[p * t + k] + e[i + 1][k] + beta[i + 1][k] : ninf;
                        }
                        beta[i][p] = logSumExp(terms);
                    }
                }
                double z = logSumExp(alpha[n - 1]);
                double[] tgrad = new double[tw.length];
                for (int i = 0; i < n; i++) {
                    double[] grad = new double[t];
                    for (int k = 0; k < t; k++) {
                        double marginal = alpha[i][k] == ninf ? 0 : Math.exp(alpha[i][k] + beta[i][k] - z);
                        grad[k] = (gold[i] == k ? 1 : 0) - marginal;
                    }
                    if (i == 0) {
                        for (int k = 0; k < t; k++) {
                            tgrad[t * t + k] += grad[k];
                        }
                    } else {
                        tgrad[gold[i - 1] * t + gold[i]] += 1;
                        for (int p = 0; p < t; p++) {
                            for (int k = 0; k < t; k++) {
                                if (NameTagger.allowed(p, k) && alpha[i - 1][p] != ninf) {
                                    tgrad[p * t + k] -= Math.exp(
                                            alpha[i - 1][p] + tw[p * t + k] + e[i][k] + beta[i][k] - z);
                                }
                            }
                        }
                    }
                    for (int f : sentence[i]) {
                        for (int k = 0; k < t; k++) {
                            int at = f * t + k;
                            double g = grad[k] - L2 * w[at];
                            g2[at] += g * g;
                            w[at] += RATE * g / Math.sqrt(g2[at] + 1e-8);
                        }
                    }
                }
                for (int at = 0; at < tw.length; at++) {
                    double g = tgrad[at];
                    if (g != 0) {
                        tg2[at] += g * g;
                        tw[at] += RATE * g / Math.sqrt(tg2[at] + 1e-8);
                    }
                }
            }
        }
    }

    private static double logSumExp(double[] terms) {
        double max = Double.NEGATIVE_INFINITY;
        for (double term : terms) {
            max = Math.max(max, term);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double term : terms) {
            sum += Math.exp(term - max);
        }
        return max + Math.log(sum);
    }
}
