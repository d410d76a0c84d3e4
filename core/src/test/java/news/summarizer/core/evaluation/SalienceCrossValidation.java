package news.summarizer.core.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import news.summarizer.core.statements.Salience;
import news.summarizer.core.summary.ActorType;

/**
 * Salience weights fitted on several annotated sets pooled, checked on articles the fit did not see
 * ({@code --salience-fit --pool=DIR,DIR,…}, docs/statements.md "Salience fitted on pooled sets (fifth session)").
 * Two kinds of held-out folds: leave one set out (fit on the devset, X and Z1, score W; and so on: a set is text from
 * other sites, written by other hands, annotated at another time) and k folds over the pooled articles. In each fold
 * the regularisation {@code λ} is chosen by an inner k-fold over the training articles only, so no held-out article
 * takes part in any choice; the fold's figures are the hand weights' and the fitted weights' side by side.
 * A model is a list of general signals ({@link Feature}) and a way to weigh pairs; the fitting is a pairwise
 * logistic ranking model solved by Newton's method ({@link #fit}).
 */
final class SalienceCrossValidation {

    /** One signal a model may weigh, from a reported actor's row; each in [0, 1]. */
    record Feature(String name, double hand, ToDoubleFunction<SalienceFit.Row> value) {
    }

    /** The eight shipped signals, each times the shipped discount factor, with its hand weight. */
    static List<Feature> shipped() {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < Salience.Signals.NAMES.size(); i++) {
            int index = i;
            features.add(new Feature(Salience.Signals.NAMES.get(i), SalienceFit.HAND[i],
                    row -> row.signals().vector()[index] * row.signals().factor()));
        }
        return features;
    }

    /**
     * General signals a model may add (each times the discount factor, as the shipped ones): mentions on a log scale
     * ({@code log(1 + n) / log(1 + most)}: the third mention says more than the thirtieth), a role known ("Ministerin",
     * "Trainer": the text introduced the actor), a person rather than an organisation or place.
     */
    static final Feature LOG_MENTIONS = new Feature("logMentions", 0, row -> row.signals().factor()
            * (row.signals().mostMentions() <= 0 ? 0
                    : Math.log1p(row.signals().mentionCount()) / Math.log1p(row.signals().mostMentions())));
    static final Feature ROLE = new Feature("role", 0,
            row -> row.signals().factor() * (row.actor().role() == null || row.actor().role().isBlank() ? 0 : 1));
    static final Feature PERSON = new Feature("person", 0,
            row -> row.signals().factor() * (row.actor().type() == ActorType.PERSON ? 1 : 0));

    static final Feature LEAD_SUBJECT = new Feature("leadSubject", 0,
            row -> row.signals().factor() * (row.signals().leadSubject() ? 1 : 0));

    /**
     * A model: its features; {@code perArticle} makes every article weigh the same (else every pair);
     * {@code towardHand} penalises only the departure from a multiple of the hand weights (the prior).
     */
    record Model(String name, List<Feature> features, boolean perArticle, boolean towardHand) {

        double[] x(SalienceFit.Row row) {
            double[] x = new double[features.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = features.get(i).value().applyAsDouble(row);
            }
            return x;
        }

        double[] hand() {
            return features.stream().mapToDouble(Feature::hand).toArray();
        }

        /** The weighted sum scaled to [0, 1] ({@link SalienceFit#scaled}). */
        double salience(double[] w, SalienceFit.Row row) {
            return SalienceFit.scaled(w, x(row));
        }

        Model with(Feature feature) {
            List<Feature> more = new ArrayList<>(features);
            more.add(feature);
            return new Model(name + " + " + feature.name(), more, perArticle, towardHand);
        }
    }

    static final double[] LAMBDAS = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    static final int FOLDS = 5;

    /** One annotated article with the set it belongs to. */
    record Article(String set, SalienceFit.Case c) {
    }

    /** A held-out fold: its name, the articles fitted on and the articles scored. */
    record Fold(String name, List<SalienceFit.Case> train, List<SalienceFit.Case> test) {
    }

    private SalienceCrossValidation() {
    }

    static List<Model> models() {
        Model plain = new Model("8 signals", shipped(), false, false);
        Model perArticle = new Model("8 signals, per article", shipped(), true, false);
        Model prior = new Model("8 signals, toward hand", shipped(), false, true);
        Model priorPerArticle = new Model("8 signals, per article, toward hand", shipped(), true, true);
        List<Model> models = new ArrayList<>(List.of(plain, perArticle, prior, priorPerArticle));
        for (Feature extra : List.of(LOG_MENTIONS, ROLE, PERSON, LEAD_SUBJECT)) {
            models.add(plain.with(extra));
            models.add(prior.with(extra));
        }
        models.add(plain.with(ROLE).with(LEAD_SUBJECT));
        models.add(prior.with(ROLE).with(LEAD_SUBJECT));
        models.add(plain.with(LOG_MENTIONS).with(ROLE).with(PERSON).with(LEAD_SUBJECT));
        models.add(prior.with(LOG_MENTIONS).with(ROLE).with(PERSON).with(LEAD_SUBJECT));
        return models;
    }

    /** Leave one set out, then {@link #FOLDS} folds over all articles (every k-th article in set and file order). */
    static List<Fold> folds(Map<String, List<SalienceFit.Case>> sets) {
        List<Fold> folds = new ArrayList<>();
        if (sets.size() > 1) {
            for (String held : sets.keySet()) {
                List<SalienceFit.Case> train = new ArrayList<>();
                sets.forEach((set, cases) -> {
                    if (!set.equals(held)) {
                        train.addAll(cases);
                    }
                });
                folds.add(new Fold("without " + held, train, sets.get(held)));
            }
        }
        List<SalienceFit.Case> all = sets.values().stream().flatMap(List::stream).toList();
        for (int k = 0; k < FOLDS; k++) {
            folds.add(new Fold("fold " + (k + 1) + "/" + FOLDS, everyKth(all, k, false), everyKth(all, k, true)));
        }
        return folds;
    }

    private static List<SalienceFit.Case> everyKth(List<SalienceFit.Case> all, int k, boolean in) {
        List<SalienceFit.Case> part = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i % FOLDS == k) == in) {
                part.add(all.get(i));
            }
        }
        return part;
    }

    /** Prints the folds' table, the totals per kind of fold, and the weights fitted on everything. */
    static void run(Map<String, List<SalienceFit.Case>> sets, PrintStream out) {
        ToDoubleFunction<SalienceFit.Row> hand = row -> row.signals().score(SalienceFit.HAND);
        List<Model> models = models();
        List<Fold> folds = folds(sets);
        sets.forEach((set, cases) -> out.println("set " + set + ": " + cases.size() + " articles, hand weights "
                + SalienceFit.evaluate(cases, hand)));
        out.println();
        out.printf("%-44s", "model (lambda chosen inside each fold)");
        for (Fold fold : folds) {
            out.printf("%-16s", fold.name());
        }
        out.printf("%-18s %-18s%n", "sets held out", "k folds");
        List<String> row = new ArrayList<>();
        for (Fold fold : folds) {
            row.add(SalienceFit.evaluate(fold.test(), hand).toString());
        }
        printRow(out, "hand weights", row, totals(folds, fold -> SalienceFit.evaluate(fold.test(), hand)));
        for (Model model : models) {
            List<String> cells = new ArrayList<>();
            List<SalienceFit.Figures> figures = new ArrayList<>();
            List<String> gained = new ArrayList<>();
            List<String> lost = new ArrayList<>();
            for (Fold fold : folds) {
                double lambda = chooseLambda(fold.train(), model);
                double[] w = fit(fold.train(), model, lambda);
                SalienceFit.Figures f = SalienceFit.evaluate(fold.test(), r -> model.salience(w, r));
                figures.add(f);
                cells.add(f + " " + lambdaLabel(lambda));
                if (fold.name().startsWith("without")) { // which held-out articles change their verdict
                    List<String> byHand = SalienceFit.passing(fold.test(), hand);
                    List<String> byFit = SalienceFit.passing(fold.test(), r -> model.salience(w, r));
                    byFit.stream().filter(file -> !byHand.contains(file)).forEach(gained::add);
                    byHand.stream().filter(file -> !byFit.contains(file)).forEach(lost::add);
                }
            }
            printRow(out, model.name(), cells, totals(folds, figures) + " sets held out: +" + gained.size() + " "
                    + gained + " -" + lost.size() + " " + lost);
        }
        out.println();
        List<SalienceFit.Case> all = sets.values().stream().flatMap(List::stream).toList();
        out.println("fitted on all " + all.size() + " articles (lambda by " + FOLDS + "-fold inside them); in-sample, "
                + "hand weights " + SalienceFit.evaluate(all, hand));
        for (Model model : models) {
            double lambda = chooseLambda(all, model);
            double[] w = fit(all, model, lambda);
            out.printf(Locale.ROOT, "%-44s %6s %-16s %s%n", model.name(), lambda,
                    SalienceFit.evaluate(all, r -> model.salience(w, r)), normalised(model, w));
        }
    }

    private static String lambdaLabel(double lambda) {
        return "λ" + (lambda < 0.01 ? String.format(Locale.ROOT, "%.3f", lambda) : String.valueOf(lambda));
    }

    private static void printRow(PrintStream out, String name, List<String> cells, String totals) {
        out.printf("%-44s", name);
        for (String cell : cells) {
            out.printf("%-16s", cell.replaceAll(" λ.*", ""));
        }
        out.println(totals);
        if (cells.stream().anyMatch(c -> c.contains("λ"))) {
            out.printf("%-44s", "");
            for (String cell : cells) {
                out.printf("%-16s", cell.replaceAll(".* λ", "λ"));
            }
            out.println();
        }
    }

    private static String totals(List<Fold> folds, java.util.function.Function<Fold, SalienceFit.Figures> figures) {
        return totals(folds, folds.stream().map(figures).toList());
    }

    private static String totals(List<Fold> folds, List<SalienceFit.Figures> figures) {
        SalienceFit.Figures sets = new SalienceFit.Figures(0, 0, 0, 0);
        SalienceFit.Figures kFolds = new SalienceFit.Figures(0, 0, 0, 0);
        for (int i = 0; i < folds.size(); i++) {
            if (folds.get(i).name().startsWith("without")) {
                sets = sets.plus(figures.get(i));
            } else {
                kFolds = kFolds.plus(figures.get(i));
            }
        }
        return String.format("%-18s %-18s", sets, kFolds);
    }

    /** The weights divided by the sum of their positive parts, to read beside the hand weights. */
    static String normalised(Model model, double[] w) {
        double sum = Arrays.stream(w).filter(v -> v > 0).sum();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            parts.add(model.features().get(i).name() + " " + String.format(Locale.ROOT, "%.3f", sum == 0 ? 0 : w[i] / sum));
        }
        return String.join(", ", parts);
    }

    /**
     * The lambda with the most articles right over an inner {@link #FOLDS}-fold of {@code train}, then the most pairs;
     * a tie goes to the larger lambda (the simpler model).
     */
    static double chooseLambda(List<SalienceFit.Case> train, Model model) {
        double best = LAMBDAS[LAMBDAS.length - 1];
        SalienceFit.Figures bestFigures = null;
        for (double lambda : LAMBDAS) {
            SalienceFit.Figures total = new SalienceFit.Figures(0, 0, 0, 0);
            for (int k = 0; k < FOLDS; k++) {
                List<SalienceFit.Case> inner = everyKth(train, k, false);
                double[] w = fit(inner, model, lambda);
                total = total.plus(SalienceFit.evaluate(everyKth(train, k, true), r -> model.salience(w, r)));
            }
            if (bestFigures == null || total.articlesRight() > bestFigures.articlesRight()
                    || total.articlesRight() == bestFigures.articlesRight() && total.pairsRight() >= bestFigures.pairsRight()) {
                best = lambda;
                bestFigures = total;
            }
        }
        return best;
    }

    /**
     * Minimises the mean logistic loss {@code log(1 + exp(-w·(x_core - x_other)))} over the (core, other) pairs within
     * each article (every pair weighing 1, or 1/pairs of its article with {@code perArticle}) plus {@code λ/2 |w|²},
     * by Newton's method (a dozen features: the Hessian is small, and the loss is convex, so a few steps with a halving
     * line search reach the minimum). With {@code towardHand}, {@code w = c·hand + d} and only {@code d} is penalised.
     */
    static double[] fit(List<SalienceFit.Case> cases, Model model, double lambda) {
        double[] hand = model.hand();
        List<double[]> differences = new ArrayList<>();
        List<Double> pairWeights = new ArrayList<>();
        for (SalienceFit.Case c : cases) {
            List<SalienceFit.Row> core = c.rows().stream().filter(r -> r.label() == SalienceFit.Label.CORE).toList();
            List<SalienceFit.Row> other = c.rows().stream().filter(r -> r.label() == SalienceFit.Label.OTHER).toList();
            for (SalienceFit.Row a : core) {
                for (SalienceFit.Row b : other) {
                    double[] x = model.x(a);
                    double[] y = model.x(b);
                    double[] z = new double[x.length + 1]; // z[0]: the difference along the hand weights
                    for (int i = 0; i < x.length; i++) {
                        z[i + 1] = x[i] - y[i];
                        z[0] += hand[i] * z[i + 1];
                    }
                    differences.add(z);
                    pairWeights.add(model.perArticle() ? 1.0 / (core.size() * other.size()) : 1.0);
                }
            }
        }
        int n = hand.length + 1;
        double[] theta = new double[n];
        double[] penalty = new double[n];
        Arrays.fill(penalty, lambda);
        if (!model.towardHand()) {
            penalty[0] = Double.NaN; // no scale along the hand weights: that parameter is left out
        }
        double total = pairWeights.stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return new double[hand.length];
        }
        boolean[] free = new boolean[n];
        for (int i = 0; i < n; i++) {
            free[i] = !Double.isNaN(penalty[i]);
            penalty[i] = free[i] ? (i == 0 ? 0 : lambda) : 0;
        }
        double loss = loss(theta, differences, pairWeights, total, penalty);
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (int p = 0; p < differences.size(); p++) {
                double[] z = differences.get(p);
                double margin = dot(theta, z);
                double s = 1 / (1 + Math.exp(margin)); // σ(-margin)
                double a = pairWeights.get(p) / total;
                for (int i = 0; i < n; i++) {
                    gradient[i] -= a * s * z[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += a * s * (1 - s) * z[i] * z[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                gradient[i] += penalty[i] * theta[i];
                hessian[i][i] += penalty[i] + (free[i] ? 1e-9 : 1);
                if (!free[i]) {
                    gradient[i] = 0;
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 1;
            double[] next = new double[n];
            double nextLoss;
            do {
                for (int i = 0; i < n; i++) {
                    next[i] = theta[i] - size * step[i];
                }
                nextLoss = loss(next, differences, pairWeights, total, penalty);
                size /= 2;
            } while (nextLoss > loss + 1e-15 && size > 1e-6);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] - theta[i]));
            }
            theta = next;
            loss = nextLoss;
            if (change < 1e-10) {
                break;
            }
        }
        double[] w = new double[hand.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = theta[0] * hand[i] + theta[i + 1];
        }
        return w;
    }

    private static double loss(double[] theta, List<double[]> differences, List<Double> weights, double total,
                               double[] penalty) {
        double loss = 0;
        for (int p = 0; p < differences.size(); p++) {
            double margin = dot(theta, differences.get(p));
            // log(1 + exp(-m)), stable for large |m|
            loss += weights.get(p) / total * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
        }
        for (int i = 0; i < theta.length; i++) {
            loss += penalty[i] / 2 * theta[i] * theta[i];
        }
        return loss;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} symmetric positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = m[i][n];
            for (int j = i + 1; j < n; j++) {
                sum -= m[i][j] * x[j];
            }
            x[i] = sum / m[i][i];
        }
        return x;
    }

    /** The sets by their folder's name, in the order given. */
    static Map<String, List<SalienceFit.Case>> byName(List<java.nio.file.Path> folders, SalienceFit fit)
            throws java.io.IOException {
        Map<String, List<SalienceFit.Case>> sets = new LinkedHashMap<>();
        for (java.nio.file.Path folder : folders) {
            sets.put(folder.toAbsolutePath().normalize().getFileName().toString(), fit.collect(folder));
        }
        return sets;
    }
}
