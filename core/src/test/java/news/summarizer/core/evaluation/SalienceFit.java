package news.summarizer.core.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.statements.Salience;
import news.summarizer.core.summary.Actor;
import news.summarizer.core.summary.Summary;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.TextSpan;

/**
 * Fits the salience weights ({@code --salience-fit}, docs/statements.md "Fitted salience weights"): for every annotated
 * article, each reported actor's {@link Salience.Signals} and its gold label (core, other, or none by the actor rule);
 * then a pairwise ranking model, L2-regularised logistic regression on the signal differences of the (core, other)
 * pairs within an article, fitted on half A and scored on half B, fitted on B and scored on A, and fitted on all.
 * Scored exactly as {@link StatementEvaluation} scores salience (articles and pairs), with the salience rounded as
 * {@link Salience#rank} rounds it. {@code --export=FILE} writes the signal vectors as TSV. {@code --tune=DIR,DIR
 * --check=DIR} fits on those tuning sets plus one devset half instead and scores the other half and the check sets
 * apart ({@link #withTuningSets}). {@code --pool=DIR,DIR,…} pools the sets and cross-validates by set left out and by
 * k folds over articles instead ({@link SalienceCrossValidation}; with {@code --export=PREFIX} one TSV per set).
 */
final class SalienceFit {

    /** One reported actor: its signals, the sentence of its first mention as a share of the article, its label. */
    record Row(Actor actor, Salience.Signals signals, double sentencePosition, Label label) {
    }

    enum Label { CORE, OTHER, NONE }

    /** One annotated article's reported actors, in the engine's current order (by the shipped salience). */
    record Case(String file, char half, GoldArticle gold, List<Row> rows) {
    }

    /**
     * Which features a model sees: the shipped signals times the shipped factors for cited outlets and object-only
     * persons, or the two as features of their own ({@code additivePenalties}); mentions as {@code log(1 + n) /
     * log(1 + most)} ({@code logMentions}); the first mention's position by sentence rather than by character
     * ({@code sentencePosition}); and every article weighing the same rather than every pair ({@code perArticle}).
     */
    record Variant(String name, boolean additivePenalties, boolean logMentions, boolean sentencePosition,
                   boolean perArticle, boolean towardHand, boolean nonNegative) {

        Variant(String name, boolean additivePenalties, boolean logMentions, boolean sentencePosition,
                boolean perArticle) {
            this(name, additivePenalties, logMentions, sentencePosition, perArticle, false, false);
        }

        List<String> names() {
            List<String> names = new ArrayList<>(Salience.Signals.NAMES);
            if (additivePenalties) {
                names.add("citedSource");
                names.add("onlyObject");
            }
            return names;
        }

        double[] features(Row row) {
            Salience.Signals s = row.signals();
            double[] base = s.vector();
            if (logMentions) {
                base[0] = s.mostMentions() <= 0 ? 0 : Math.log1p(s.mentionCount()) / Math.log1p(s.mostMentions());
            }
            if (sentencePosition) {
                base[4] = row.sentencePosition();
            }
            if (!additivePenalties) {
                double factor = s.factor();
                for (int i = 0; i < base.length; i++) {
                    base[i] *= factor;
                }
                return base;
            }
            double[] all = java.util.Arrays.copyOf(base, base.length + 2);
            all[base.length] = s.citedSource() ? 1 : 0;
            all[base.length + 1] = s.onlyObject() ? 1 : 0;
            return all;
        }

        /** The salience in [0, 1]: the weighted sum scaled between its least and its greatest possible value. */
        double salience(double[] weights, Row row) {
            return scaled(weights, features(row));
        }
    }

    /** The weighted sum of {@code x} scaled between its least and its greatest possible value: in [0, 1] whatever the signs. */
    static double scaled(double[] weights, double[] x) {
        double sum = 0;
        double low = 0;
        double high = 0;
        for (int i = 0; i < x.length; i++) {
            sum += weights[i] * x[i];
            low += Math.min(0, weights[i]);
            high += Math.max(0, weights[i]);
        }
        return high == low ? 0 : (sum - low) / (high - low);
    }

    /** Articles passing among those judged, and pairs in the right order among all pairs. */
    record Figures(int articlesRight, int articlesJudged, int pairsRight, int pairs) {

        @Override
        public String toString() {
            return articlesRight + "/" + articlesJudged + ", " + pairsRight + "/" + pairs;
        }

        Figures plus(Figures other) {
            return new Figures(articlesRight + other.articlesRight, articlesJudged + other.articlesJudged,
                    pairsRight + other.pairsRight, pairs + other.pairs);
        }

        /** Better on one figure and worse on none. */
        boolean helpsOver(Figures other) {
            return articlesRight >= other.articlesRight && pairsRight >= other.pairsRight
                    && (articlesRight > other.articlesRight || pairsRight > other.pairsRight);
        }
    }

    static final double[] LAMBDAS = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    private static final int STEPS = 20_000;

    private final ArticleSummarizer summarizer;

    SalienceFit(ArticleSummarizer summarizer) {
        this.summarizer = summarizer;
    }

    static void run(ArticleSummarizer summarizer, Path folder, String[] args, PrintStream out) throws IOException {
        SalienceFit fit = new SalienceFit(summarizer);
        List<Path> pool = option(args, "--pool=");
        if (!pool.isEmpty()) { // "--pool=DIR,DIR,…": fitted on pooled sets, held out by set and by k folds
            Map<String, List<Case>> sets = SalienceCrossValidation.byName(pool, fit);
            for (String arg : args) { // "--export=FILE": FILE.<set>.tsv per set
                if (arg.startsWith("--export=")) {
                    for (Map.Entry<String, List<Case>> set : sets.entrySet()) {
                        fit.export(set.getValue(), Path.of(arg.substring("--export=".length()) + "." + set.getKey() + ".tsv"));
                    }
                }
            }
            SalienceCrossValidation.run(sets, out);
            return;
        }
        List<Case> cases = fit.collect(folder);
        for (String arg : args) { // "--export=FILE": a bare second argument would be taken for the folder
            if (arg.startsWith("--export=")) {
                fit.export(cases, Path.of(arg.substring("--export=".length())));
            }
        }
        List<Case> tune = fit.collectAll(option(args, "--tune="));
        if (!tune.isEmpty()) { // "--tune=DIR,DIR --check=DIR,DIR": fitted on tuning sets + one half, checked apart
            withTuningSets(cases, tune, fit.collectAll(option(args, "--check=")), out);
            return;
        }
        fit.print(cases, out);
        if (List.of(args).contains("--details")) {
            details(cases, out);
        }
    }

    /** The folders after {@code prefix} ("--tune=A,B"), or none. */
    private static List<Path> option(String[] args, String prefix) {
        return java.util.Arrays.stream(args).filter(arg -> arg.startsWith(prefix))
                .flatMap(arg -> java.util.Arrays.stream(arg.substring(prefix.length()).split(",")))
                .filter(folder -> !folder.isBlank()).map(Path::of).toList();
    }

    /** The cases of every folder, in order. */
    List<Case> collectAll(List<Path> folders) throws IOException {
        List<Case> all = new ArrayList<>();
        for (Path folder : folders) {
            all.addAll(collect(folder));
        }
        return all;
    }

    /**
     * Weights fitted on the tuning sets plus one half of the devset, scored on the other half and on the check sets
     * (which must not be among the tuning sets for a held-out figure), beside the hand weights on the same sets.
     * Variants: the plain and the per-article model, both non-negative, and the hand weights as the prior; every
     * lambda of {@link #LAMBDAS}. A fit ships only if it beats the hand weights on the held-out half and on the check sets.
     */
    static void withTuningSets(List<Case> devset, List<Case> tune, List<Case> check, PrintStream out) {
        List<Case> a = devset.stream().filter(c -> c.half() == 'A').toList();
        List<Case> b = devset.stream().filter(c -> c.half() == 'B').toList();
        ToDoubleFunction<Row> hand = row -> row.signals().score(HAND);
        out.printf("%-44s %6s %-12s %-12s %-12s %-12s %-12s %-12s %s%n", "weights", "lambda", "tune (A-fit)",
                "B (A-fit)", "check (A-fit)", "tune (B-fit)", "A (B-fit)", "check (B-fit)", "weights fitted on tune + A");
        out.printf(Locale.ROOT, "%-44s %6s %-12s %-12s %-12s %-12s %-12s %-12s %s%n", "hand", "-", evaluate(tune, hand),
                evaluate(b, hand), evaluate(check, hand), evaluate(tune, hand), evaluate(a, hand), evaluate(check, hand),
                java.util.Arrays.toString(HAND));
        List<Case> tuneA = new ArrayList<>(tune);
        tuneA.addAll(a);
        List<Case> tuneB = new ArrayList<>(tune);
        tuneB.addAll(b);
        for (Variant variant : List.of(VARIANTS.get(8), VARIANTS.get(9), VARIANTS.get(10))) {
            for (double lambda : LAMBDAS) {
                double[] wa = fit(tuneA, variant, lambda);
                double[] wb = fit(tuneB, variant, lambda);
                ToDoubleFunction<Row> byA = row -> variant.salience(wa, row);
                ToDoubleFunction<Row> byB = row -> variant.salience(wb, row);
                out.printf(Locale.ROOT, "%-44s %6s %-12s %-12s %-12s %-12s %-12s %-12s %s%n", variant.name(), lambda,
                        evaluate(tune, byA), evaluate(b, byA), evaluate(check, byA), evaluate(tune, byB),
                        evaluate(a, byB), evaluate(check, byB), weights(variant, wa));
            }
        }
    }

    /** The judged articles that pass with {@code salience}. */
    static List<String> passing(List<Case> cases, ToDoubleFunction<Row> salience) {
        return cases.stream().filter(c -> evaluate(List.of(c), salience).articlesRight() == 1).map(Case::file).toList();
    }

    /**
     * With {@code --details}: per variant at its chosen lambda, the held-out articles whose verdict differs from the
     * hand weights' (+ passes only with the fitted weights, − only with the hand weights).
     */
    static void details(List<Case> cases, PrintStream out) {
        List<Case> a = cases.stream().filter(c -> c.half() == 'A').toList();
        List<Case> b = cases.stream().filter(c -> c.half() == 'B').toList();
        List<String> hand = passing(cases, row -> row.signals().score(HAND));
        out.println();
        out.println("hand weights fail: " + cases.stream().filter(c -> evaluate(List.of(c), row -> row.signals().score(HAND))
                .articlesJudged() == 1).map(Case::file).filter(file -> !hand.contains(file)).toList());
        List<Result> results = results(a, b);
        for (Variant variant : VARIANTS) {
            Result best = chosen(results, variant);
            double[] wa = fit(a, variant, best.lambda());
            double[] wb = fit(b, variant, best.lambda());
            List<String> fitted = new ArrayList<>(passing(b, row -> variant.salience(wa, row)));
            fitted.addAll(passing(a, row -> variant.salience(wb, row)));
            List<String> changes = new ArrayList<>();
            fitted.stream().filter(file -> !hand.contains(file)).forEach(file -> changes.add("+" + file));
            hand.stream().filter(file -> !fitted.contains(file)).forEach(file -> changes.add("-" + file));
            out.printf(Locale.ROOT, "%-46s %6s %s%n", variant.name(), best.lambda(), changes);
        }
    }

    /** Every annotated article with its actors' signals and labels. */
    List<Case> collect(Path folder) throws IOException {
        GoldStandard gold;
        try (var in = Files.newInputStream(folder.resolve("gold.json"))) {
            gold = GoldStandard.read(in);
        }
        List<Case> cases = new ArrayList<>();
        PageTitles titles = PageTitles.of(folder);
        int position = 0;
        for (String file : StatementEvaluation.annotated(folder).keySet()) {
            char half = position++ % 2 == 0 ? 'A' : 'B';
            byte[] body = Files.readAllBytes(folder.resolve("articles").resolve(file));
            Article article = titles.apply(file, summarizer.intake().read(body, ArticleFormat.PLAIN_TEXT));
            Summary summary = summarizer.summarize(article);
            GoldArticle actors = gold.of(file).orElse(new GoldArticle(List.of(), List.of(), List.of()));
            // The same text Salience.rank gets in ArticleSummarizer.finish.
            String own = summary.headline() + "\n" + summary.summary() + "\n" + String.join("\n", summary.keyPoints());
            Map<Actor, Salience.Signals> signals = Salience.signals(article.text(), article.title(), own,
                    summary.actors(), summary.statements());
            List<GoldActor> assigned = ActorMatching.assign(summary.actors().stream().map(Actor::name).toList(), actors);
            List<TextSpan> sentences = GermanSentences.split(article.text());
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < summary.actors().size(); i++) {
                Actor actor = summary.actors().get(i);
                Salience.Signals s = signals.get(actor);
                Label label = assigned.get(i) == null ? Label.NONE
                        : actors.core().contains(assigned.get(i)) ? Label.CORE : Label.OTHER;
                rows.add(new Row(actor, s, sentencePosition(article.text().length(), sentences, s.position()), label));
            }
            cases.add(new Case(file, half, actors, rows));
        }
        return cases;
    }

    /** 1 when the first mention stands in the first sentence, falling to 1/n in the last of n. */
    private static double sentencePosition(int length, List<TextSpan> sentences, double position) {
        int first = (int) Math.round((1 - position) * length);
        int index = 0;
        while (index < sentences.size() - 1 && sentences.get(index).end() <= first) {
            index++;
        }
        return sentences.isEmpty() ? 0 : 1.0 - (double) index / sentences.size();
    }

    /** How {@code salience} (before rounding) ranks the cases, judged as {@link StatementEvaluation} judges. */
    static Figures evaluate(List<Case> cases, ToDoubleFunction<Row> salience) {
        int articlesRight = 0;
        int judged = 0;
        int pairsRight = 0;
        int pairs = 0;
        for (Case c : cases) {
            // A stable sort of the current order: ties keep it, as Salience.rank keeps the engine's order.
            List<Actor> ranked = c.rows().stream()
                    .map(row -> row.actor().withSalience(Math.round(Math.min(1, salience.applyAsDouble(row)) * 100) / 100.0))
                    .sorted(Comparator.comparingDouble(Actor::salience).reversed())
                    .toList();
            StatementEvaluation.SalienceJudgement judgement = StatementEvaluation.judge(ranked, c.gold());
            judged += judgement.judged() ? 1 : 0;
            articlesRight += judgement.right() ? 1 : 0;
            pairs += judgement.pairs();
            pairsRight += judgement.pairsRight();
        }
        return new Figures(articlesRight, judged, pairsRight, pairs);
    }

    /**
     * Minimises the mean logistic loss {@code log(1 + exp(-w·(x_core - x_other)))} over the (core, other) pairs of
     * {@code cases} (each pair weighing 1, or 1/pairs of its article with {@code perArticle}) plus
     * {@code lambda/2 |w|²}, by full-batch gradient descent from zero (the features lie in [0, 1], so the mean
     * loss's gradient changes by at most 2.5 per unit of w: a step of {@code 1 / (3 + lambda)} is stable). With {@code towardHand} the weights are {@code c·HAND + d}, the scale {@code c} free and only the
     * departure {@code d} from the hand weights penalised: the hand weights as the prior, moved where the pairs say so.
     * With {@code nonNegative} every weight is kept at 0 or above (each signal is evidence for, never against).
     */
    static double[] fit(List<Case> cases, Variant variant, double lambda) {
        List<double[]> differences = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Case c : cases) {
            List<Row> core = c.rows().stream().filter(r -> r.label() == Label.CORE).toList();
            List<Row> other = c.rows().stream().filter(r -> r.label() == Label.OTHER).toList();
            for (Row a : core) {
                for (Row b : other) {
                    double[] x = variant.features(a);
                    double[] y = variant.features(b);
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= y[i];
                    }
                    differences.add(x);
                    weights.add(variant.perArticle() ? 1.0 / (core.size() * other.size()) : 1.0);
                }
            }
        }
        int n = variant.names().size();
        double[] w = new double[n];
        double[] departure = new double[n];
        double scale = 0;
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double stepSize = 1 / (3 + lambda);
        for (int step = 0; step < STEPS && total > 0; step++) {
            double[] gradient = new double[n]; // of the mean loss, by w
            for (int p = 0; p < differences.size(); p++) {
                double[] d = differences.get(p);
                double margin = 0;
                for (int i = 0; i < n; i++) {
                    margin += w[i] * d[i];
                }
                double pull = weights.get(p) / total / (1 + Math.exp(margin)); // σ(-margin)
                for (int i = 0; i < n; i++) {
                    gradient[i] -= pull * d[i];
                }
            }
            double change = 0;
            if (variant.towardHand()) {
                double byScale = 0;
                for (int i = 0; i < n; i++) {
                    byScale += HAND[i] * gradient[i];
                    departure[i] -= stepSize * (gradient[i] + lambda * departure[i]);
                }
                scale -= stepSize * byScale;
                for (int i = 0; i < n; i++) {
                    change = Math.max(change, Math.abs(scale * HAND[i] + departure[i] - w[i]));
                    w[i] = scale * HAND[i] + departure[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double next = w[i] - stepSize * (gradient[i] + lambda * w[i]);
                    next = variant.nonNegative() ? Math.max(0, next) : next;
                    change = Math.max(change, Math.abs(next - w[i]));
                    w[i] = next;
                }
            }
            if (change < 1e-9) { // converged: no weight moves in its ninth decimal
                break;
            }
        }
        return w;
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("signals x factors", false, false, false, false),
            new Variant("signals x factors, per article", false, false, false, true),
            new Variant("signals + penalties", true, false, false, false),
            new Variant("signals + penalties, per article", true, false, false, true),
            new Variant("signals x factors, log mentions", false, true, false, false),
            new Variant("signals x factors, sentence position", false, false, true, false),
            new Variant("signals + penalties, log mentions", true, true, false, false),
            new Variant("signals + penalties, sentence position", true, false, true, false),
            new Variant("signals x factors, non-negative", false, false, false, false, false, true),
            new Variant("signals x factors, per article, non-negative", false, false, false, true, false, true),
            new Variant("signals x factors, toward hand", false, false, false, false, true, false),
            new Variant("signals x factors, per article, toward hand", false, false, false, true, true, false));

    /** One variant at one lambda: its cross-fitted figures and the weights fitted on all articles with their figures. */
    record Result(Variant variant, double lambda, Figures aFitOnB, Figures bFitOnA, Figures allOnA, Figures allOnB,
                  double[] allWeights) {

        Figures cross() {
            return bFitOnA.plus(aFitOnB);
        }
    }

    static List<Result> results(List<Case> a, List<Case> b) {
        List<Case> all = new ArrayList<>(a);
        all.addAll(b);
        List<Result> results = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            for (double lambda : LAMBDAS) {
                double[] wa = fit(a, variant, lambda);
                double[] wb = fit(b, variant, lambda);
                double[] wall = fit(all, variant, lambda);
                results.add(new Result(variant, lambda, evaluate(b, row -> variant.salience(wa, row)),
                        evaluate(a, row -> variant.salience(wb, row)), evaluate(a, row -> variant.salience(wall, row)),
                        evaluate(b, row -> variant.salience(wall, row)), wall));
            }
        }
        return results;
    }

    void print(List<Case> cases, PrintStream out) {
        List<Case> a = cases.stream().filter(c -> c.half() == 'A').toList();
        List<Case> b = cases.stream().filter(c -> c.half() == 'B').toList();
        long reproduced = cases.stream().flatMap(c -> c.rows().stream())
                .filter(row -> Salience.salience(row.signals()) == row.actor().salience()).count();
        long actors = cases.stream().mapToLong(c -> c.rows().size()).sum();
        out.println("Shipped weights reproduce the engine's salience for " + reproduced + " of " + actors + " actors");
        out.println("Labelled actors: " + cases.stream().flatMap(c -> c.rows().stream()).filter(r -> r.label() == Label.CORE).count()
                + " core, " + cases.stream().flatMap(c -> c.rows().stream()).filter(r -> r.label() == Label.OTHER).count()
                + " other");
        ToDoubleFunction<Row> hand = row -> row.signals().score(HAND);
        Figures handA = evaluate(a, hand);
        Figures handB = evaluate(b, hand);
        out.println();
        out.println("current hand weights " + java.util.Arrays.toString(HAND) + ": half A " + handA + ", half B " + handB
                + ", overall " + evaluate(cases, hand));
        ToDoubleFunction<Row> scaled = row -> row.signals().score(HAND) / java.util.Arrays.stream(HAND).sum();
        out.println("hand weights scaled to [0, 1] (no cap at 1): half A " + evaluate(a, scaled) + ", half B "
                + evaluate(b, scaled) + ", overall " + evaluate(cases, scaled));
        out.println();
        out.printf("%-46s %6s %-14s %-14s %-14s %-14s %-14s %s%n", "variant", "lambda", "A-fit on B", "B-fit on A",
                "cross total", "all-fit on A", "all-fit on B", "weights fitted on all");
        List<Result> results = results(a, b);
        for (Result r : results) {
            out.printf(Locale.ROOT, "%-46s %6s %-14s %-14s %-14s %-14s %-14s %s%n", r.variant().name(), r.lambda(),
                    r.aFitOnB(), r.bFitOnA(), r.cross(), r.allOnA(), r.allOnB(), weights(r.variant(), r.allWeights()));
        }
        // Per variant the lambda the cross-fit chooses (chosen); fitted weights ship only if they beat the hand weights
        // on both halves.
        out.println();
        out.printf("%-46s %6s %-14s %-14s %s%n", "variant (lambda chosen by the cross-fit)", "lambda", "A-fit on B",
                "B-fit on A", "beats the hand weights on both halves");
        for (Variant variant : VARIANTS) {
            Result best = chosen(results, variant);
            out.printf(Locale.ROOT, "%-46s %6s %-14s %-14s %s%n", variant.name(), best.lambda(), best.aFitOnB(),
                    best.bFitOnA(), best.aFitOnB().helpsOver(handB) && best.bFitOnA().helpsOver(handA) ? "yes" : "no");
        }
        transformations(results, out);
    }

    /**
     * A transformation (log mentions, position by sentence) is kept only if it helps in both cross-fits: better held-out
     * figures on half A and on half B than the same variant without it, each at the lambda the cross-fit chooses
     * ({@link #chosen}). The lambdas at which it helps in both, compared at the same lambda, are printed too.
     */
    static void transformations(List<Result> results, PrintStream out) {
        out.println();
        out.printf("%-46s %-32s %s%n", "transformation (each at its chosen lambda)", "helps in both cross-fits",
                "lambdas where it helps in both, at the same lambda");
        for (Variant variant : VARIANTS) {
            if (!(variant.logMentions() || variant.sentencePosition())) {
                continue;
            }
            Variant base = VARIANTS.stream().filter(v -> !v.logMentions() && !v.sentencePosition()
                    && v.additivePenalties() == variant.additivePenalties() && v.perArticle() == variant.perArticle()
                    && v.towardHand() == variant.towardHand() && v.nonNegative() == variant.nonNegative())
                    .findFirst().orElseThrow();
            Result with = chosen(results, variant);
            Result without = chosen(results, base);
            boolean helps = with.aFitOnB().helpsOver(without.aFitOnB()) && with.bFitOnA().helpsOver(without.bFitOnA());
            List<Double> atSameLambda = new ArrayList<>();
            for (double lambda : LAMBDAS) {
                Result w = at(results, variant, lambda);
                Result wo = at(results, base, lambda);
                if (w.aFitOnB().helpsOver(wo.aFitOnB()) && w.bFitOnA().helpsOver(wo.bFitOnA())) {
                    atSameLambda.add(lambda);
                }
            }
            out.printf(Locale.ROOT, "%-46s %-32s %s%n", variant.name(), (helps ? "yes" : "no") + " (over \"" + base.name()
                    + "\")", atSameLambda.isEmpty() ? "none" : atSameLambda.toString());
        }
    }

    private static Result at(List<Result> results, Variant variant, double lambda) {
        return results.stream().filter(r -> r.variant() == variant && r.lambda() == lambda).findFirst().orElseThrow();
    }

    /** The variant's lambda with the most held-out articles over both cross-fits, then pairs; a tie to the larger. */
    static Result chosen(List<Result> results, Variant variant) {
        Result best = null;
        for (Result r : results) {
            if (r.variant() == variant && (best == null || r.cross().articlesRight() > best.cross().articlesRight()
                    || r.cross().articlesRight() == best.cross().articlesRight()
                    && r.cross().pairsRight() >= best.cross().pairsRight())) {
                best = r;
            }
        }
        return best;
    }

    static String weights(Variant variant, double[] w) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            parts.add(variant.names().get(i) + " " + String.format(Locale.ROOT, "%.3f", w[i]));
        }
        return String.join(", ", parts);
    }

    /** The shipped weights, set by hand (issue 18, fifth pass): what fitted weights must beat, and the prior. */
    static final double[] HAND = Salience.weights();

    void export(List<Case> cases, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("file\thalf\tactor\tlabel\t" + String.join("\t", Salience.Signals.NAMES)
                + "\tcitedSource\tonlyObject\tmentionCount\tmostMentions\tsentencePosition\ttype\trole\tleadSubject\tsalience");
        for (Case c : cases) {
            for (Row row : c.rows()) {
                StringBuilder line = new StringBuilder(c.file() + "\t" + c.half() + "\t" + row.actor().name() + "\t"
                        + row.label());
                for (double x : row.signals().vector()) {
                    line.append('\t').append(String.format(Locale.ROOT, "%.4f", x));
                }
                Salience.Signals s = row.signals();
                line.append('\t').append(s.citedSource() ? 1 : 0).append('\t').append(s.onlyObject() ? 1 : 0)
                        .append('\t').append(s.mentionCount()).append('\t').append(s.mostMentions())
                        .append('\t').append(String.format(Locale.ROOT, "%.4f", row.sentencePosition()))
                        .append('\t').append(row.actor().type()).append('\t').append(row.actor().role())
                        .append('\t').append(s.leadSubject() ? 1 : 0).append('\t').append(row.actor().salience());
                lines.add(line.toString());
            }
        }
        Files.write(file, lines);
    }
}
