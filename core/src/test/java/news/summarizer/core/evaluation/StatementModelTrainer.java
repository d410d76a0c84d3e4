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
import java.util.Set;
import news.summarizer.core.ArticleSummarizer;
import news.summarizer.core.article.Article;
import news.summarizer.core.article.ArticleFormat;
import news.summarizer.core.evaluation.StatementEvaluation.GoldStatement;
import news.summarizer.core.evaluation.StatementEvaluation.GoldStatements;
import news.summarizer.core.statements.StatementCandidates;
import news.summarizer.core.statements.StatementCandidates.Candidate;
import news.summarizer.core.statements.StatementCandidates.Pair;
import news.summarizer.core.summary.Statement;
import news.summarizer.core.summary.Summary;

/**
 * A learned attributer for the statements the rules leave out, fitted and judged honestly: candidates
 * ({@link StatementCandidates}) of every annotated article of several sets, labelled by the evaluation's matching rule
 * ({@link StatementEvaluation#match}) against the gold statements the rules did not find; a logistic regression
 * ({@link LogisticModel}) over the pairs (statement, speaker); per candidate the best speaker is added when its
 * probability reaches a threshold. Each set is left out in turn: the model is fitted on the others, its threshold
 * chosen on them too (by leaving each of them out in turn inside), and the left-out set is scored with the rules'
 * statements alone and with the model's additions. Run: {@code -Dexec.args="--statement-model DIR,DIR,…"}.
 */
final class StatementModelTrainer {

    /** The L2 penalty on the standardised weights. */
    private static final double LAMBDA = Double.parseDouble(System.getProperty("model.lambda", "1.0"));
    /** How far the additions may lower the training sets' pooled precision below the rules' own. */
    private static final double PRECISION_SLACK = Double.parseDouble(System.getProperty("model.slack", "0.005"));

    /** An annotated article: its rules' statements, candidates, each pair's label, and its gold. */
    record Example(String set, String file, String text, List<Statement> rules, List<Candidate> candidates,
                   List<boolean[]> labels, List<GoldStatement> gold, GoldArticle actors, int[] missed) {
    }

    /** Why the rules' missed gold statements are out of the candidates' reach, or not. */
    private static final List<String> MISSED = List.of("speaker no actor", "text in a rule statement (wrong speaker)",
            "in a rule's evidence sentence", "candidate, right speaker", "candidate, no right speaker", "no candidate");

    /** One model re-ranks the speakers of the rules' statements, the other judges the candidates the rules left out. */
    record Models(LogisticModel reattribution, LogisticModel addition) {
    }

    /**
     * How the models' probabilities are used: a rules' statement goes to another speaker when that one's probability
     * beats the rules' speaker's by {@code margin}; a left-out candidate is added when its best speaker's reaches
     * {@code threshold} (2: never); a rules' statement is dropped when its speaker's probability is below {@code veto}
     * (0: never).
     */
    record Decision(double margin, double threshold, double veto) {

        static final Decision RULES = new Decision(2, 2, 0);

        Decision withThreshold(double value) {
            return new Decision(margin, value, veto);
        }

        Decision withVeto(double value) {
            return new Decision(margin, threshold, value);
        }
    }

    /** Recall and precision counts of some sets. */
    record Counts(int gold, int reported, int matched) {

        Counts plus(Counts other) {
            return new Counts(gold + other.gold, reported + other.reported, matched + other.matched);
        }

        double precision() {
            return reported == 0 ? 1 : (double) matched / reported;
        }

        String format() {
            return String.format(Locale.ROOT, "%4d %4d %6.3f %6.3f", reported, matched,
                    gold == 0 ? 0 : (double) matched / gold, precision());
        }
    }

    /** Whether {@code --details} asks for each missed statement (for reading, on the console only). */
    static boolean DETAILS = false;

    private StatementModelTrainer() {
    }

    static void run(ArticleSummarizer summarizer, List<Path> sets, PrintStream out) throws IOException {
        List<List<Example>> folds = new ArrayList<>();
        for (Path set : sets) {
            folds.add(read(summarizer, set));
        }
        out.printf("%-6s %5s %5s %5s %8s %9s%n", "set", "arts", "cands", "pairs", "positive", "respeaker");
        for (int f = 0; f < folds.size(); f++) {
            List<Example> fold = folds.get(f);
            long candidates = fold.stream().mapToLong(e -> e.candidates().size()).sum();
            long pairs = fold.stream().flatMap(e -> e.labels().stream()).mapToLong(l -> l.length).sum();
            long positive = fold.stream().flatMap(e -> e.labels().stream()).filter(StatementModelTrainer::any).count();
            // Rules' statements whose speaker is wrong while another candidate speaker is right: what re-ranking can fix.
            long respeaker = fold.stream().mapToLong(StatementModelTrainer::respeakable).sum();
            out.printf("%-6s %5d %5d %5d %8d %9d%n", name(sets.get(f)), fold.size(), candidates, pairs, positive,
                    respeaker);
        }
        out.println();
        out.println("Candidates (with a right speaker among them) by origin:");
        for (StatementCandidates.Origin origin : StatementCandidates.Origin.values()) {
            StringBuilder line = new StringBuilder(String.format("  %-12s", origin));
            for (List<Example> fold : folds) {
                long count = 0;
                long right = 0;
                for (Example example : fold) {
                    for (int c = 0; c < example.candidates().size(); c++) {
                        if (example.candidates().get(c).origin() == origin) {
                            count++;
                            right += any(example.labels().get(c)) ? 1 : 0;
                        }
                    }
                }
                line.append(String.format(" %4d (%3d)", count, right));
            }
            out.println(line);
        }
        out.println();
        out.println("The rules' missed statements, by reach of the candidates:");
        for (int k = 0; k < MISSED.size(); k++) {
            StringBuilder line = new StringBuilder(String.format("  %-42s", MISSED.get(k)));
            for (List<Example> fold : folds) {
                final int kind = k;
                line.append(String.format(" %4d", fold.stream().mapToInt(e -> e.missed()[kind]).sum()));
            }
            out.println(line);
        }
        out.println();
        out.println("Leave one set out (model fitted and threshold chosen on the other sets):");
        out.printf("%-6s %5s | %-23s | %-23s | %-23s | %-23s | %6s %6s %6s%n", "set", "gold", "rules: rep match R P",
                "re-ranked: rep match R P", "+ additions: rep match R P", "(veto alone: rep match R P)", "margin",
                "thresh", "veto");
        Counts rulesTotal = new Counts(0, 0, 0);
        Counts rerankedTotal = new Counts(0, 0, 0);
        Counts modelTotal = new Counts(0, 0, 0);
        Counts vetoTotal = new Counts(0, 0, 0);
        List<Models> outOfFold = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<List<Example>> training = without(folds, f);
            Decision decision = decision(training);
            Models models = fit(training.stream().flatMap(List::stream).toList());
            outOfFold.add(models);
            Counts rules = score(folds.get(f), (Models) null, Decision.RULES);
            Counts reranked = score(folds.get(f), models, decision.withThreshold(2).withVeto(0));
            Counts withModel = score(folds.get(f), models, decision.withVeto(0));
            Counts vetoed = score(folds.get(f), models, decision.withThreshold(2));
            rulesTotal = rulesTotal.plus(rules);
            rerankedTotal = rerankedTotal.plus(reranked);
            modelTotal = modelTotal.plus(withModel);
            vetoTotal = vetoTotal.plus(vetoed);
            out.printf(Locale.ROOT, "%-6s %5d | %s | %s | %s | %s | %6.3f %6.3f %6.3f%n", name(sets.get(f)),
                    rules.gold(), rules.format(), reranked.format(), withModel.format(), vetoed.format(),
                    decision.margin(), decision.threshold(), decision.veto());
        }
        out.printf(Locale.ROOT, "%-6s %5d | %s | %s | %s | %s |%n", "pooled", rulesTotal.gold(), rulesTotal.format(),
                rerankedTotal.format(), modelTotal.format(), vetoTotal.format());
        out.println();
        out.println("Additions alone at a fixed threshold, each set scored by the models fitted on the others (pooled;");
        out.println("the threshold seen on the left-out sets, so an upper bound of what a chosen one could give):");
        for (double t = 0.3; t < 0.96; t += 0.1) {
            Counts counts = new Counts(0, 0, 0);
            for (int f = 0; f < folds.size(); f++) {
                counts = counts.plus(score(folds.get(f), outOfFold.get(f), new Decision(2, t, 0)));
            }
            out.printf(Locale.ROOT, "  threshold %.1f: rep %d, match %d (rules: %d, %d)%n", t, counts.reported(),
                    counts.matched(), rulesTotal.reported(), rulesTotal.matched());
        }
        out.println();
        List<Example> all = folds.stream().flatMap(List::stream).toList();
        Models models = fit(all);
        Decision decision = decision(folds);
        out.printf(Locale.ROOT, "Fitted on all sets; chosen by leaving each set out: margin %.3f, threshold %.3f, veto %.3f%n",
                decision.margin(), decision.threshold(), decision.veto());
        out.printf(Locale.ROOT, "  %-50s %8s %8s%n", "feature", "re-rank", "addition");
        out.printf(Locale.ROOT, "  %-50s %8.3f %8.3f%n", "intercept", models.reattribution().weights()[0],
                models.addition().weights()[0]);
        for (int j = 0; j < StatementCandidates.FEATURES.size(); j++) {
            out.printf(Locale.ROOT, "  %-50s %8.3f %8.3f%n", StatementCandidates.FEATURES.get(j),
                    models.reattribution().weights()[j + 1], models.addition().weights()[j + 1]);
        }
    }

    private static List<Example> read(ArticleSummarizer summarizer, Path folder) throws IOException {
        Map<String, GoldStatements> gold = StatementEvaluation.annotated(folder);
        GoldStandard actors;
        try (var in = Files.newInputStream(folder.resolve("gold.json"))) {
            actors = GoldStandard.read(in);
        }
        PageTitles titles = PageTitles.of(folder);
        List<Example> examples = new ArrayList<>();
        for (var entry : gold.entrySet()) {
            byte[] body = Files.readAllBytes(folder.resolve("articles").resolve(entry.getKey()));
            Article article = titles.apply(entry.getKey(), summarizer.intake().read(body, ArticleFormat.PLAIN_TEXT));
            Summary summary = summarizer.summarize(article);
            String text = article.text();
            GoldArticle goldActors = actors.of(entry.getKey()).orElse(new GoldArticle(List.of(), List.of(), List.of()));
            List<GoldStatement> goldStatements = entry.getValue().statements();
            Set<Integer> found = StatementEvaluation.match(summary.statements(), goldStatements, goldActors).taken();
            List<Candidate> candidates = StatementCandidates.of(text, summary.actors(), summary.statements());
            List<boolean[]> labels = new ArrayList<>();
            for (Candidate candidate : candidates) {
                boolean[] label = new boolean[candidate.pairs().size()];
                for (int p = 0; p < label.length; p++) {
                    String speaker = candidate.pairs().get(p).speaker().name();
                    for (int i = 0; i < goldStatements.size(); i++) {
                        GoldStatement g = goldStatements.get(i);
                        label[p] |= (candidate.rule() != null || !found.contains(i))
                                && StatementEvaluation.textMatches(candidate.text(text), g.text())
                                && StatementEvaluation.speakerMatches(speaker, g, goldActors);
                    }
                }
                labels.add(label);
            }
            int[] missed = new int[MISSED.size()];
            for (int i = 0; i < goldStatements.size(); i++) {
                GoldStatement g = goldStatements.get(i);
                if (found.contains(i)) {
                    continue;
                }
                boolean candidate = candidates.stream().anyMatch(c -> c.rule() == null
                        && StatementEvaluation.textMatches(c.text(text), g.text()));
                boolean right = false;
                for (int c = 0; c < candidates.size(); c++) {
                    right |= candidates.get(c).rule() == null && StatementEvaluation.textMatches(candidates.get(c).text(text), g.text()) && any(labels.get(c));
                }
                int why = summary.actors().stream().noneMatch(a -> StatementEvaluation.speakerMatches(a.name(), g, goldActors)) ? 0
                        : summary.statements().stream().anyMatch(r -> StatementEvaluation.textMatches(r.text(), g.text())) ? 1
                        : summary.statements().stream().anyMatch(r -> r.evidence().contains(g.text())) ? 2
                        : right ? 3 : candidate ? 4 : 5;
                missed[why]++;
                if (DETAILS) {
                    System.out.println("  missed " + MISSED.get(why) + " | " + entry.getKey() + " | " + g.speaker() + " ["
                            + g.kind() + "] " + g.text());
                }
            }
            examples.add(new Example(name(folder), entry.getKey(), text, summary.statements(), candidates, labels,
                    goldStatements, goldActors, missed));
        }
        return examples;
    }

    private static Models fit(List<Example> examples) {
        return new Models(fit(examples, true), fit(examples, false));
    }

    private static LogisticModel fit(List<Example> examples, boolean ofRules) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Example example : examples) {
            for (int c = 0; c < example.candidates().size(); c++) {
                if ((example.candidates().get(c).rule() != null) != ofRules) {
                    continue;
                }
                List<Pair> pairs = example.candidates().get(c).pairs();
                for (int p = 0; p < pairs.size(); p++) {
                    rows.add(pairs.get(p).features());
                    labels.add(example.labels().get(c)[p]);
                }
            }
        }
        return LogisticModel.fit(rows, labels, LAMBDA);
    }

    /**
     * The margin, then the threshold, that match the most statements on {@code training} while its pooled precision
     * stays within {@link #PRECISION_SLACK} of the rules' own; each set scored by models fitted on the others. 2
     * (never) when no value qualifies.
     */
    static Decision decision(List<List<Example>> training) {
        List<Example> scored = new ArrayList<>();
        List<Models> models = new ArrayList<>();
        for (int g = 0; g < training.size(); g++) {
            Models fitted = fit(without(training, g).stream().flatMap(List::stream).toList());
            for (Example example : training.get(g)) {
                scored.add(example);
                models.add(fitted);
            }
        }
        Counts rules = score(scored, models, Decision.RULES);
        double margin = 2;
        int bestMatched = rules.matched();
        for (double m = 0; m < 0.91; m += 0.05) {
            Counts counts = score(scored, models, new Decision(m, 2, 0));
            if (counts.precision() >= rules.precision() - PRECISION_SLACK && counts.matched() > bestMatched) {
                margin = m;
                bestMatched = counts.matched();
            }
        }
        double threshold = 2;
        for (double t = 0.20; t < 0.96; t += 0.025) {
            Counts counts = score(scored, models, new Decision(margin, t, 0));
            if (counts.precision() >= rules.precision() - PRECISION_SLACK && counts.matched() > bestMatched) {
                threshold = t;
                bestMatched = counts.matched();
            }
        }
        // The veto, for precision (no part of the decision rule, which asks for recall): the one with the best
        // precision that loses at most PRECISION_SLACK of the recall.
        double veto = 0;
        Counts kept = score(scored, models, new Decision(margin, threshold, 0));
        double bestPrecision = kept.precision();
        for (double v = 0.05; v < 0.61; v += 0.05) {
            Counts counts = score(scored, models, new Decision(margin, threshold, v));
            if ((double) (kept.matched() - counts.matched()) / kept.gold() <= PRECISION_SLACK
                    && counts.precision() > bestPrecision) {
                veto = v;
                bestPrecision = counts.precision();
            }
        }
        return new Decision(margin, threshold, veto);
    }

    private static Counts score(List<Example> examples, List<Models> models, Decision decision) {
        Counts counts = new Counts(0, 0, 0);
        for (int i = 0; i < examples.size(); i++) {
            counts = counts.plus(score(examples.get(i), models.get(i), decision));
        }
        return counts;
    }

    private static Counts score(List<Example> examples, Models models, Decision decision) {
        return score(examples, java.util.Collections.nCopies(examples.size(), models), decision);
    }

    /** The statements {@code decision} leaves with {@code models} (the rules' own without models), matched. */
    private static Counts score(Example example, Models models, Decision decision) {
        List<Statement> statements = models == null ? example.rules()
                : decide(example.text(), example.rules(), example.candidates(), models, decision);
        int matched = StatementEvaluation.match(statements, example.gold(), example.actors()).matched();
        return new Counts(example.gold().size(), statements.size(), matched);
    }

    /**
     * The rules' statements, each with the speaker the re-ranking model prefers by {@code margin} over the rules' one,
     * and per left-out candidate its most probable speaker, when that probability reaches the threshold; article order.
     */
    static List<Statement> decide(String text, List<Statement> rules, List<Candidate> candidates, Models models,
                                  Decision decision) {
        List<Statement> additions = new ArrayList<>();
        Map<Statement, String> respoken = new java.util.IdentityHashMap<>();
        for (Candidate candidate : candidates) {
            LogisticModel model = candidate.rule() != null ? models.reattribution() : models.addition();
            Pair best = null;
            double bestProbability = -1;
            double rulesProbability = 0;
            for (Pair pair : candidate.pairs()) {
                double probability = model.probability(pair.features());
                if (candidate.rule() != null && pair.speaker().name().equals(candidate.rule().speaker())) {
                    rulesProbability = probability;
                }
                if (probability > bestProbability) {
                    best = pair;
                    bestProbability = probability;
                }
            }
            if (candidate.rule() != null) {
                if (best != null && bestProbability > rulesProbability + decision.margin()) {
                    respoken.put(candidate.rule(), best.speaker().name());
                    rulesProbability = bestProbability;
                }
                if (rulesProbability < decision.veto()) {
                    respoken.put(candidate.rule(), null);
                }
            } else if (best != null && bestProbability >= decision.threshold()) {
                additions.add(new Statement(best.speaker().name(), candidate.kind(), candidate.text(text),
                        candidate.start(), text.substring(candidate.sentenceStart(), candidate.sentenceEnd()),
                        candidate.sentenceStart()));
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (Statement rule : rules) {
            String speaker = respoken.getOrDefault(rule, rule.speaker());
            if (speaker == null) {
                continue; // vetoed
            }
            statements.add(new Statement(speaker, rule.kind(), rule.text(), rule.offset(), rule.evidence(),
                    rule.evidenceOffset()));
        }
        statements.addAll(additions);
        statements.sort(Comparator.comparingInt(Statement::offset));
        return statements;
    }

    private static long respeakable(Example example) {
        long count = 0;
        for (int c = 0; c < example.candidates().size(); c++) {
            Candidate candidate = example.candidates().get(c);
            boolean rulesRight = false;
            boolean otherRight = false;
            for (int p = 0; p < candidate.pairs().size(); p++) {
                boolean rules = candidate.rule() != null
                        && candidate.pairs().get(p).speaker().name().equals(candidate.rule().speaker());
                rulesRight |= rules && example.labels().get(c)[p];
                otherRight |= !rules && example.labels().get(c)[p];
            }
            count += candidate.rule() != null && !rulesRight && otherRight ? 1 : 0;
        }
        return count;
    }

    private static boolean any(boolean[] labels) {
        for (boolean label : labels) {
            if (label) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> without(List<T> folds, int left) {
        List<T> rest = new ArrayList<>(folds);
        rest.remove(left);
        return rest;
    }

    private static String name(Path set) {
        return set.getFileName().toString();
    }
}
