package news.summarizer.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned attributer's logistic regression, on data whose answer is known. */
class LogisticModelTest {

    @Test
    void should_rank_by_the_deciding_feature_when_features_have_different_scales() {
        // The fit standardises the features and folds that back into raw weights; a mistake in the folding would
        // score raw features with standardised weights and lose the order on a feature of large scale and offset.
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean positive = i % 2 == 0;
            double deciding = 1000 + (positive ? 500 : -500) + (i % 7) * 40;
            double noise = (i * 37 % 11) / 11.0;
            rows.add(new double[] {deciding, noise});
            labels.add(positive);
        }
        LogisticModel model = LogisticModel.fit(rows, labels, 1.0);

        assertThat(model.probability(new double[] {1600, 0.5})).isGreaterThan(0.9);
        assertThat(model.probability(new double[] {400, 0.5})).isLessThan(0.1);
        assertThat(model.weights()[1]).isPositive();
    }
}
