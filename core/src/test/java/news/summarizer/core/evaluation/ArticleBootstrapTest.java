package news.summarizer.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Without these the interval the evaluation prints could be a constant or a wrong quantile and nobody would notice. */
class ArticleBootstrapTest {

    private record Counts(int part, int whole) {
    }

    @Test
    void should_give_no_width_when_every_article_scores_alike() {
        List<Counts> same = List.of(new Counts(3, 4), new Counts(3, 4), new Counts(3, 4), new Counts(3, 4));
        ArticleBootstrap.Interval interval = ArticleBootstrap.interval(same, Counts::part, Counts::whole);
        assertThat(interval.low()).isEqualTo(0.75);
        assertThat(interval.high()).isEqualTo(0.75);
    }

    @Test
    void should_hold_the_pooled_figure_and_be_wider_for_fewer_articles() {
        // half the articles all found, half none: pooled 0.5
        List<Counts> ten = List.of(new Counts(2, 2), new Counts(0, 2), new Counts(2, 2), new Counts(0, 2),
                new Counts(2, 2), new Counts(0, 2), new Counts(2, 2), new Counts(0, 2), new Counts(2, 2), new Counts(0, 2));
        List<Counts> forty = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            forty.addAll(ten);
        }
        ArticleBootstrap.Interval small = ArticleBootstrap.interval(ten, Counts::part, Counts::whole);
        ArticleBootstrap.Interval large = ArticleBootstrap.interval(forty, Counts::part, Counts::whole);
        assertThat(small.low()).isLessThan(0.5);
        assertThat(small.high()).isGreaterThan(0.5);
        assertThat(large.low()).isLessThan(0.5).isGreaterThan(small.low());
        assertThat(large.high()).isGreaterThan(0.5).isLessThan(small.high());
        // the binomial-like spread of 10 articles: sd ≈ 0.16, so the interval spans roughly 0.2–0.8, not 0–1
        assertThat(small.low()).isBetween(0.15, 0.35);
        assertThat(small.high()).isBetween(0.65, 0.85);
    }

    @Test
    void should_print_the_same_interval_for_the_same_scores() {
        List<Counts> scores = List.of(new Counts(1, 3), new Counts(4, 5), new Counts(0, 1), new Counts(2, 2));
        assertThat(ArticleBootstrap.interval(scores, Counts::part, Counts::whole))
                .isEqualTo(ArticleBootstrap.interval(scores, Counts::part, Counts::whole));
    }
}
