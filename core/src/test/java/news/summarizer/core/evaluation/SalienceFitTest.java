package news.summarizer.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import news.summarizer.core.statements.Salience;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/**
 * The fitting behind the salience figures in docs/statements.md ("Fitted salience weights"): fictional signal vectors
 * whose core and other actors one signal alone separates. Without these checks a sign error in the gradient or a
 * diverging step would print figures for weights that were never fitted.
 */
class SalienceFitTest {

    /** Core actors are subjects named late; other actors are named early but never as subjects. */
    private static List<SalienceFit.Case> subjectDecides() {
        List<SalienceFit.Row> rows = List.of(
                row("Lena Hartwig", true, 0.2, SalienceFit.Label.CORE),
                row("Ole Brandt", true, 0.1, SalienceFit.Label.CORE),
                row("Jan Petersen", false, 0.9, SalienceFit.Label.OTHER),
                row("Ida Sommer", false, 0.8, SalienceFit.Label.OTHER));
        return List.of(new SalienceFit.Case("fiktiv-01", 'A', new GoldArticle(List.of(), List.of(), List.of()), rows));
    }

    private static SalienceFit.Row row(String name, boolean subject, double position, SalienceFit.Label label) {
        Actor actor = new Actor(name, ActorType.PERSON, null, null, 1, "", -1);
        Salience.Signals signals = new Salience.Signals(0.5, subject, 0, false, position, false, false, false, false,
                false, 1, 2, false);
        return new SalienceFit.Row(actor, signals, position, label);
    }

    @Test
    void should_give_the_separating_signal_a_positive_weight_and_rank_every_core_actor_first() {
        SalienceFit.Variant plain = SalienceFit.VARIANTS.get(0);

        double[] w = SalienceFit.fit(subjectDecides(), plain, 0.01);

        assertThat(w[1]).as("subject").isGreaterThan(0);
        assertThat(w[4]).as("position").isLessThan(w[1]);
        for (SalienceFit.Row core : subjectDecides().get(0).rows().subList(0, 2)) {
            for (SalienceFit.Row other : subjectDecides().get(0).rows().subList(2, 4)) {
                assertThat(plain.salience(w, core)).isGreaterThan(plain.salience(w, other));
            }
        }
    }

    @Test
    void should_stay_near_a_multiple_of_the_hand_weights_when_the_departure_from_them_costs_much() {
        // The prior that keeps the hand weights: with a strong penalty only their scale may change.
        SalienceFit.Variant towardHand = SalienceFit.VARIANTS.stream().filter(SalienceFit.Variant::towardHand)
                .filter(v -> !v.perArticle()).findFirst().orElseThrow();

        double[] w = SalienceFit.fit(subjectDecides(), towardHand, 1000);

        double scale = w[0] / SalienceFit.HAND[0];
        assertThat(scale).isGreaterThan(0);
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).isCloseTo(scale * SalienceFit.HAND[i], within(0.01));
        }
    }

    @Test
    void should_keep_every_salience_in_zero_to_one_even_with_a_negative_weight() {
        SalienceFit.Variant plain = SalienceFit.VARIANTS.get(0);
        double[] w = {1, 2, 0, 0, -3, 0, 0, 0};

        for (SalienceFit.Row row : subjectDecides().get(0).rows()) {
            assertThat(plain.salience(w, row)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void should_score_weights_fitted_on_tuning_sets_and_one_half_on_the_other_half_and_the_check_set() {
        // Without the mode the figures of docs/statements.md "Tuning set T (fourth session): salience" could not be
        // re-run; with halves mixed up the held-out columns would show in-sample figures.
        java.util.function.Function<Character, SalienceFit.Case> article = half -> {
            GoldArticle gold = new GoldArticle(
                    List.of(new GoldActor("Lena Hartwig", "PERSON", null, "Hartwig"),
                            new GoldActor("Ole Brandt", "PERSON", null, "Brandt")),
                    List.of(new GoldActor("Jan Petersen", "PERSON", null, "Petersen"),
                            new GoldActor("Ida Sommer", "PERSON", null, "Sommer")), List.of());
            return new SalienceFit.Case("fiktiv-" + half, half, gold, subjectDecides().get(0).rows());
        };
        var printed = new java.io.ByteArrayOutputStream();

        SalienceFit.withTuningSets(List.of(article.apply('A'), article.apply('B')), List.of(article.apply('A')),
                List.of(article.apply('B')), new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));

        List<String> lines = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2 + 3 * SalienceFit.LAMBDAS.length);
        // One article judged per column, its four (core, other) pairs: the subjects first, by hand and fitted weights.
        assertThat(lines.get(1)).startsWith("hand").contains("1/1, 4/4");
        assertThat(lines.get(2)).contains("non-negative").contains("1/1, 4/4").doesNotContain("0/1");
    }
}
