package news.summarizer.core.evaluation;

import java.util.List;

/**
 * A logistic regression with an L2 penalty, fitted by full-batch gradient descent on standardised features: small
 * enough to read, and all a few thousand candidate pairs with some twenty features need. {@code weights[0]} is the
 * intercept; the others apply to the raw features, the standardisation folded in, so that scoring is a dot product
 * and a sigmoid.
 */
record LogisticModel(double[] weights) {

    /** Fits {@code rows} (features) to {@code labels} with penalty {@code lambda} on the standardised weights. */
    static LogisticModel fit(List<double[]> rows, List<Boolean> labels, double lambda) {
        int n = rows.size();
        int d = rows.get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        double[] w = new double[d + 1];
        double rate = 0.5;
        for (int iteration = 0; iteration < 2000; iteration++) {
            double[] gradient = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double[] row = rows.get(i);
                double z = w[0];
                for (int j = 0; j < d; j++) {
                    z += w[j + 1] * (row[j] - mean[j]) / sd[j];
                }
                double error = sigmoid(z) - (labels.get(i) ? 1 : 0);
                gradient[0] += error / n;
                for (int j = 0; j < d; j++) {
                    gradient[j + 1] += error * (row[j] - mean[j]) / sd[j] / n;
                }
            }
            for (int j = 1; j <= d; j++) {
                gradient[j] += lambda * w[j] / n;
            }
            for (int j = 0; j <= d; j++) {
                w[j] -= rate * gradient[j];
            }
        }
        double[] raw = new double[d + 1];
        raw[0] = w[0];
        for (int j = 0; j < d; j++) {
            raw[j + 1] = w[j + 1] / sd[j];
            raw[0] -= w[j + 1] * mean[j] / sd[j];
        }
        return new LogisticModel(raw);
    }

    double probability(double[] features) {
        double z = weights[0];
        for (int j = 0; j < features.length; j++) {
            z += weights[j + 1] * features[j];
        }
        return sigmoid(z);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
