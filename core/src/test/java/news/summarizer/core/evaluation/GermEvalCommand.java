package news.summarizer.core.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.summarizer.core.offline.EntityFinder;
import news.summarizer.core.offline.NameTaggerTraining;
import news.summarizer.core.summary.Entity;

/**
 * {@code --germeval FILE}: scores the rule-based name finder alone, then the statistical tagger in 5-fold
 * cross-validation on FILE (the headline figure: no sentence tagged by a model that saw it; out-of-fold tags in
 * {@code FILE.kfold.pred.tsv}), then runs the name finder behind {@code entities} ({@link EntityFinder}, the shipped
 * model) over the file sentence by sentence, writes {@code FILE.pred.tsv} ({@code index\ttoken\ttag}, BIO over PER/ORG/LOC, a blank line after each
 * sentence) and prints precision, recall and F1 per class and overall under the rule of
 * {@code ../shared/germeval2014/README.md}: outer tags only, OTH and the {@code deriv}/{@code part} classes count as
 * O, an entity is right when start token, end token and class equal a gold entity's (conlleval exact match). The
 * shipped model was trained on the GermEval dev split, so its figure on that file is no fair one. {@code --train-tagger}
 * trains the model on all of FILE first and writes it to {@code core/src/main/resources/offline/name-tagger.bin.gz};
 * {@code --opennlp} adds Apache OpenNLP's name finder in the same folds, for comparison.
 */
final class GermEvalCommand {

    private static final List<String> CLASSES = List.of("PER", "ORG", "LOC");

    private GermEvalCommand() {
    }

    static void main(String[] args) throws IOException {
        List<String> list = List.of(args);
        int at = list.indexOf("--germeval");
        Path file = Path.of(at + 1 < list.size() ? list.get(at + 1) : "../shared/germeval2014/NER-de-dev.tsv");
        if (!Files.isRegularFile(file) && Files.isRegularFile(Path.of("..").resolve(file))) {
            file = Path.of("..").resolve(file); // run from the core module, the path given from the repository root
        }
        List<Sentence> sentences = read(file);
        if (list.contains("--train-tagger")) {
            train(sentences);
        }
        EntityFinder.findInTokensByRules(List.of("Warm", "up", "in", "Berlin", ".")); // models load once, not timed
        Result rules = evaluate(sentences, i -> tags(EntityFinder.findInTokensByRules(sentences.get(i).tokens()),
                sentences.get(i).tokens()));
        System.out.println("Rule-based name finder alone (no trained model):");
        print(System.out, file, rules.counts(), sentences.size(), rules.nanos(), rules.cpu());
        crossValidate(sentences, FOLDS);
        if (list.contains("--opennlp")) {
            long started = System.nanoTime();
            List<String[]> opennlp = OpenNlpNameFinderComparison.crossValidate(sentences, FOLDS);
            Result result = evaluate(sentences, opennlp::get);
            System.out.printf(Locale.ROOT, "%nOpenNLP NameFinderME (default features), same %d folds pooled, %.0f s:%n",
                    FOLDS, (System.nanoTime() - started) / 1e9);
            print(System.out, null, result.counts(), sentences.size(), -1, -1);
        }
        long loading = System.nanoTime();
        EntityFinder.findInTokens(List.of("Warm", "up", "in", "Berlin", "."));
        System.out.printf(Locale.ROOT, "%nShipped model loaded in %.0f ms (first sentence included). Its figures below "
                + "are on the file it was trained on when FILE is the GermEval dev split: NOT a fair figure, the k-fold "
                + "one above is.%n", (System.nanoTime() - loading) / 1e6);
        Result result = evaluate(sentences);
        Map<String, int[]> counts = result.counts();
        int[][] halves = result.halves();
        long nanos = result.nanos();
        long cpu = result.cpu();
        StringBuilder predictions = result.predictions();
        Path output = Path.of(file + ".pred.tsv");
        try {
            Files.writeString(output, predictions, StandardCharsets.UTF_8);
        } catch (IOException readOnly) { // a read-only copy of the corpus (CI): write beside the build instead
            output = Path.of("target", file.getFileName() + ".pred.tsv");
            Files.writeString(output, predictions, StandardCharsets.UTF_8);
        }
        Files.writeString(Path.of(output.toString().replace(".pred.tsv", ".kfold.pred.tsv")), lastFolds,
                StandardCharsets.UTF_8);
        print(System.out, file, counts, sentences.size(), nanos, cpu);
        row(System.out, "A (odd)", halves[0]);
        row(System.out, "B (even)", halves[1]);
        System.out.println("predictions: " + output.toAbsolutePath().normalize());
    }

    /** Folds for the cross-validation of the statistical tagger, fixed by position: sentence i is in fold i % 5. */
    static final int FOLDS = 5;
    /** Where {@code --train-tagger} writes the model trained on the whole file (from the root or the core module). */
    private static final String MODEL = "src/main/resources/offline/name-tagger.bin.gz";

    /**
     * k-fold figures of the statistical tagger: out-of-fold tags for every sentence, scored per fold (per class),
     * the mean over the folds, and all folds pooled.
     */
    /** The out-of-fold predictions of the last cross-validation, written beside FILE.pred.tsv as FILE.kfold.pred.tsv. */
    private static StringBuilder lastFolds = new StringBuilder();

    static void crossValidate(List<Sentence> sentences, int folds) {
        long started = System.nanoTime();
        List<String[]> predicted = NameTaggerTraining.crossValidate(sentences.stream().map(Sentence::tokens).toList(),
                sentences.stream().map(Sentence::gold).toList(), folds);
        System.out.printf(Locale.ROOT, "%n%d-fold cross-validation of the statistical tagger (sentence i in fold i %% %d;"
                + " each fold tagged by a model trained on the other %d), %.0f s:%n", folds, folds, folds - 1,
                (System.nanoTime() - started) / 1e9);
        double[][] f1 = new double[folds][CLASSES.size() + 1];
        for (int fold = 0; fold < folds; fold++) {
            List<Sentence> part = new ArrayList<>();
            List<String[]> tags = new ArrayList<>();
            for (int i = fold; i < sentences.size(); i += folds) {
                part.add(sentences.get(i));
                tags.add(predicted.get(i));
            }
            Result result = evaluate(part, tags::get);
            System.out.println("fold " + (fold + 1) + ":");
            print(System.out, null, result.counts(), part.size(), -1, -1);
            int k = 0;
            for (int[] c : result.counts().values()) {
                f1[fold][k++] = f1(c);
            }
            f1[fold][k] = result.f1();
        }
        System.out.print("mean F1 over the folds:");
        for (int k = 0; k <= CLASSES.size(); k++) {
            double mean = 0;
            for (double[] fold : f1) {
                mean += fold[k] / folds;
            }
            System.out.printf(Locale.ROOT, " %s %.3f", k < CLASSES.size() ? CLASSES.get(k) : "all", mean);
        }
        System.out.println();
        Result pooled = evaluate(sentences, predicted::get);
        lastFolds = pooled.predictions();
        System.out.println("all folds pooled (the headline figure):");
        print(System.out, null, pooled.counts(), sentences.size(), -1, -1);
    }

    private static void train(List<Sentence> sentences) throws IOException {
        Path target = Files.isDirectory(Path.of("core", "src")) ? Path.of("core").resolve(MODEL) : Path.of(MODEL);
        long started = System.nanoTime();
        var tagger = NameTaggerTraining.trainAndWrite(sentences.stream().map(Sentence::tokens).toList(),
                sentences.stream().map(Sentence::gold).toList(), target);
        System.out.printf(Locale.ROOT, "Trained on all %d sentences in %.0f s: %d features, %,d bytes in %s%n",
                sentences.size(), (System.nanoTime() - started) / 1e9, NameTaggerTraining.featureCount(tagger),
                Files.size(target), target.toAbsolutePath().normalize());
    }

    /** Tags every sentence with the shipped model and counts right, predicted and gold entities per class and half. */
    static Result evaluate(List<Sentence> sentences) {
        return evaluate(sentences, i -> tags(sentences.get(i).tokens()));
    }

    /** Counts right, predicted and gold entities per class and per half for the tags {@code tagger} gives. */
    static Result evaluate(List<Sentence> sentences, java.util.function.IntFunction<String[]> tagger) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // class -> {right, predicted, gold}
        CLASSES.forEach(type -> counts.put(type, new int[3]));
        int[][] halves = new int[2][3]; // A: odd sentences, B: even sentences, as for the devset
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        int index = 0;
        StringBuilder predictions = new StringBuilder();
        long nanos = 0;
        for (Sentence sentence : sentences) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            String[] tags = tagger.apply(index);
            cpu += threads.getCurrentThreadCpuTime() - cpuStarted;
            nanos += System.nanoTime() - started;
            for (int i = 0; i < tags.length; i++) {
                predictions.append(i + 1).append('\t').append(sentence.tokens().get(i)).append('\t').append(tags[i]).append('\n');
            }
            predictions.append('\n');
            Set<Chunk> gold = chunks(sentence.gold());
            Set<Chunk> predicted = chunks(List.of(tags));
            for (Chunk chunk : predicted) {
                counts.get(chunk.type())[1]++;
                counts.get(chunk.type())[0] += gold.contains(chunk) ? 1 : 0;
            }
            gold.forEach(chunk -> counts.get(chunk.type())[2]++);
            int[] half = halves[index++ % 2];
            half[0] += (int) predicted.stream().filter(gold::contains).count();
            half[1] += predicted.size();
            half[2] += gold.size();
        }
        return new Result(counts, halves, nanos, cpu, predictions);
    }

    /** Counts per class ({right, predicted, gold}), per half, time spent, and the predictions file's text. */
    record Result(Map<String, int[]> counts, int[][] halves, long nanos, long cpu, StringBuilder predictions) {

        double f1() {
            int[] all = new int[3];
            counts.values().forEach(c -> {
                for (int i = 0; i < 3; i++) {
                    all[i] += c[i];
                }
            });
            double p = all[1] == 0 ? 0 : (double) all[0] / all[1];
            double r = all[2] == 0 ? 0 : (double) all[0] / all[2];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** BIO tags for the sentence's tokens from the entities the finder reports. */
    static String[] tags(List<String> tokens) {
        return tags(EntityFinder.findInTokens(tokens), tokens);
    }

    /** BIO tags for the tokens from entities with offsets in the tokens joined by single spaces. */
    static String[] tags(List<Entity> entities, List<String> tokens) {
        String[] tags = new String[tokens.size()];
        java.util.Arrays.fill(tags, "O");
        int[] starts = new int[tokens.size()];
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = offset;
            offset += tokens.get(i).length() + 1;
        }
        for (Entity entity : entities) {
            String type = switch (entity.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case PLACE -> "LOC";
            };
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                int end = starts[i] + tokens.get(i).length();
                if (starts[i] >= entity.offset() && end <= entity.offset() + entity.length() && "O".equals(tags[i])) {
                    tags[i] = (first ? "B-" : "I-") + type;
                    first = false;
                }
            }
        }
        return tags;
    }

    /** Maximal B-X I-X … runs of the three classes; any other tag ends a run. */
    static Set<Chunk> chunks(List<String> tags) {
        Set<Chunk> chunks = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = tag.length() > 2 && CLASSES.contains(tag.substring(2)) ? tag.substring(2) : null;
            boolean continues = tagType != null && tag.startsWith("I-") && tagType.equals(type);
            if (!continues && type != null) {
                chunks.add(new Chunk(start, i - 1, type));
                type = null;
            }
            if (tagType != null && !continues) {
                start = i;
                type = tagType;
            }
        }
        return chunks;
    }

    private static void print(PrintStream out, Path file, Map<String, int[]> counts, int sentences, long nanos,
                              long cpu) {
        if (file != null) {
            out.println("GermEval 2014 (outer tags, PER/ORG/LOC, exact match) on " + file.toAbsolutePath().normalize());
        }
        out.printf("%-8s %6s %6s %6s %7s %6s %6s%n", "class", "gold", "pred", "right", "prec", "recall", "F1");
        int[] all = new int[3];
        counts.forEach((type, c) -> {
            row(out, type, c);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        row(out, "all", all);
        if (nanos < 0) {
            return; // tags worked out beforehand (cross-validation): no time to report
        }
        out.printf(Locale.ROOT, "%d sentences, per sentence %.3f ms CPU, %.3f ms wall (name finder incl. tagging, one "
                + "thread)%n", sentences, cpu / 1e6 / Math.max(1, sentences), nanos / 1e6 / Math.max(1, sentences));
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void row(PrintStream out, String type, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "%-8s %6d %6d %6d %7.3f %6.3f %6.3f%n", type, c[2], c[1], c[0], p, r, f);
    }

    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(gold)));
                    tokens.clear();
                    gold.clear();
                }
                continue;
            }
            String[] columns = line.split("\t");
            tokens.add(columns[1]);
            gold.add(columns.length > 2 ? columns[2] : "O");
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(gold)));
        }
        return sentences;
    }

    record Sentence(List<String> tokens, List<String> gold) {
    }

    record Chunk(int start, int end, String type) {
    }
}
