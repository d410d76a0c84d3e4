package news.summarizer.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.summarizer.core.statements.Salience;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.ActorType;
import org.junit.jupiter.api.Test;

/**
 * The pooled cross-validation behind docs/statements.md "Salience fitted on pooled sets (fifth session)", on fictional
 * signal vectors. Without these checks a fold that lets a held-out article into its fit would print in-sample figures
 * as held-out ones, and a wrong sign in the Newton step would fit weights that rank the other actors first.
 */
class SalienceCrossValidationTest {

    private static final GoldArticle GOLD = new GoldArticle(
            List.of(new GoldActor("Lena Hartwig", "PERSON", null, "Hartwig"),
                    new GoldActor("Ole Brandt", "PERSON", null, "Brandt")),
            List.of(new GoldActor("Jan Petersen", "PERSON", null, "Petersen"),
                    new GoldActor("Ida Sommer", "PERSON", null, "Sommer")), List.of());

    /** Core actors are subjects named late and less often; the others are named early and often, never as subjects. */
    private static SalienceFit.Case article(String file) {
        List<SalienceFit.Row> rows = List.of(
                row("Jan Petersen", false, 0.9, 1, SalienceFit.Label.OTHER),
                row("Lena Hartwig", true, 0.2, 0.5, SalienceFit.Label.CORE),
                row("Ida Sommer", false, 0.8, 1, SalienceFit.Label.OTHER),
                row("Ole Brandt", true, 0.1, 0.5, SalienceFit.Label.CORE));
        return new SalienceFit.Case(file, 'A', GOLD, rows);
    }

    private static SalienceFit.Row row(String name, boolean subject, double position, double mentions,
                                       SalienceFit.Label label) {
        Actor actor = new Actor(name, ActorType.PERSON, null, null, 1, "", -1);
        Salience.Signals signals = new Salience.Signals(mentions, subject, 0, false, position, false, false, false, false,
                false, 1, 2, false);
        return new SalienceFit.Row(actor, signals, position, label);
    }

    private static Map<String, List<SalienceFit.Case>> sets() {
        Map<String, List<SalienceFit.Case>> sets = new LinkedHashMap<>();
        for (String set : List.of("eins", "zwei", "drei")) {
            List<SalienceFit.Case> cases = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                cases.add(article(set + "-" + i));
            }
            sets.put(set, cases);
        }
        return sets;
    }

    @Test
    void should_never_fit_on_an_article_it_scores() {
        List<SalienceCrossValidation.Fold> folds = SalienceCrossValidation.folds(sets());

        assertThat(folds).extracting(SalienceCrossValidation.Fold::name).startsWith("without eins", "without zwei",
                "without drei");
        for (SalienceCrossValidation.Fold fold : folds) {
            assertThat(fold.train()).doesNotContainAnyElementsOf(fold.test());
            assertThat(fold.train().size() + fold.test().size()).isEqualTo(12);
        }
        // The k folds together score every article exactly once.
        assertThat(folds.stream().filter(f -> f.name().startsWith("fold")).mapToInt(f -> f.test().size()).sum())
                .isEqualTo(12);
        assertThat(folds.get(1).test()).allMatch(c -> c.file().startsWith("zwei"));
    }

    @Test
    void should_fit_the_subject_a_positive_weight_and_rank_the_core_actors_first() {
        SalienceCrossValidation.Model plain = new SalienceCrossValidation.Model("8 signals",
                SalienceCrossValidation.shipped(), false, false);

        double[] w = SalienceCrossValidation.fit(List.of(article("a")), plain, 0.01);

        assertThat(w[1]).as("subject").isGreaterThan(0);
        assertThat(w[4]).as("position").isLessThan(0);
        assertThat(SalienceFit.evaluate(List.of(article("a")), r -> plain.salience(w, r)).toString()).isEqualTo("1/1, 4/4");
    }

    @Test
    void should_keep_a_multiple_of_the_hand_weights_when_departing_from_them_costs_much() {
        SalienceCrossValidation.Model prior = new SalienceCrossValidation.Model("toward hand",
                SalienceCrossValidation.shipped(), false, true);

        double[] w = SalienceCrossValidation.fit(List.of(article("a")), prior, 1000);

        // Only the scale is free: here the hand weights rank the others first, so it turns negative (the pairs ask
        // for the reverse order), and the weights stay proportional to the hand weights.
        double scale = w[0] / SalienceFit.HAND[0];
        assertThat(scale).isLessThan(0);
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).isCloseTo(scale * SalienceFit.HAND[i], within(0.01 * Math.abs(scale)));
        }
    }

    @Test
    void should_print_the_hand_weights_and_every_model_for_every_fold() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        SalienceCrossValidation.run(sets(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String text = printed.toString(StandardCharsets.UTF_8);
        // The hand weights rank the often and early named others first in every article; a fitted model learns the
        // subject from the training articles of every fold and ranks every held-out article right.
        assertThat(text).contains("set eins: 4 articles, hand weights 0/4, 0/16");
        String hand = text.lines().filter(line -> line.startsWith("hand weights")).findFirst().orElseThrow();
        assertThat(hand.split("0/12, 0/48", -1)).hasSize(3); // sets held out, k folds
        String plain = text.lines().filter(line -> line.startsWith("8 signals ")).findFirst().orElseThrow();
        assertThat(plain.split("4/4, 16/16", -1)).hasSize(4); // each of the three sets held out: 4/4 articles
        assertThat(plain.split("12/12, 48/48", -1)).hasSize(3);
    }
}
