package news.summarizer.core.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.summarizer.core.evaluation.BenchmarkFolder;
import news.summarizer.core.text.GermanSentences;
import news.summarizer.core.text.GermanTokens;
import opennlp.tools.postag.POSTaggerME;

/**
 * Not a test: compares our part-of-speech runtime with OpenNLP's tagger on every text under the shared folder
 * (devset articles, seeds, GermEval sentences, the HTML benchmark's text segments) and prints tokens compared and
 * tokens differing; {@code --time} times both on the devset articles; {@code --load ours|opennlp} measures one cold
 * load (run each in a fresh JVM). See docs/performance.md, "Our own part-of-speech runtime".
 * <pre>
 * ./mvnw -B -q -o -pl core -am -Pevaluate test -Dtool.main=news.summarizer.core.offline.PartOfSpeechComparison
 * </pre>
 */
public final class PartOfSpeechComparison {

    private PartOfSpeechComparison() {
    }

    public static void main(String[] args) throws IOException {
        List<String> list = Arrays.asList(args);
        Path shared = list.stream().filter(a -> !a.startsWith("--") && !a.equals("ours") && !a.equals("opennlp"))
                .map(Path::of).findFirst().orElseGet(PartOfSpeechComparison::sharedFolder);
        if (list.contains("--load")) {
            load(list.contains("opennlp"));
        } else if (list.contains("--time")) {
            time(sources(shared).get("devset articles"), list.contains("--rounds") ? 40 : 20);
        } else {
            compare(sources(shared));
        }
    }

    private static Path sharedFolder() {
        return Files.isDirectory(Path.of("../shared")) ? Path.of("../shared") : Path.of("/work/shared");
    }

    /** Each source's texts as sentences of tokens, cut as the engine cuts them (lines, sentences, tokens). */
    static Map<String, List<List<String[]>>> sources(Path shared) throws IOException {
        Map<String, List<List<String[]>>> sources = new LinkedHashMap<>();
        sources.put("devset articles", textFiles(shared.resolve("devset/articles")));
        sources.put("seeds", textFiles(shared.resolve("seeds")));
        sources.put("GermEval 2014 dev sentences", germEval(shared.resolve("germeval2014/NER-de-dev.tsv")));
        sources.put("HTML benchmark segments", htmlSegments(shared.resolve("html-benchmark")));
        return sources;
    }

    private static List<List<String[]>> textFiles(Path folder) throws IOException {
        List<List<String[]>> texts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(cut(Files.readString(file)));
            }
        }
        return texts;
    }

    static List<String[]> cut(String text) {
        List<String[]> sentences = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                for (String sentence : GermanSentences.texts(line)) {
                    sentences.add(GermanTokens.tokenize(sentence).stream().map(span -> span.of(sentence))
                            .toArray(String[]::new));
                }
            }
        }
        return sentences;
    }

    /** One text per sentence: the tokens as the corpus gives them. */
    private static List<List<String[]>> germEval(Path file) throws IOException {
        List<List<String[]>> texts = new ArrayList<>();
        if (!Files.exists(file)) {
            return texts;
        }
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    texts.add(List.<String[]>of(tokens.toArray(String[]::new)));
                    tokens.clear();
                }
            } else if (!line.startsWith("#")) {
                tokens.add(line.split("\t")[1]);
            }
        }
        if (!tokens.isEmpty()) {
            texts.add(List.<String[]>of(tokens.toArray(String[]::new)));
        }
        return texts;
    }

    /** The pages' "with" and "without" segments (the benchmark's own text, main text and boilerplate). */
    private static List<List<String[]>> htmlSegments(Path folder) throws IOException {
        List<List<String[]>> texts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        JsonNode pages = new ObjectMapper().readTree(BenchmarkFolder.open(folder).read("evaldata.json"));
        for (JsonNode page : pages) {
            for (String field : List.of("with", "without")) {
                for (JsonNode segment : page.path(field)) {
                    texts.add(cut(segment.asText()));
                }
            }
        }
        return texts;
    }

    private static void compare(Map<String, List<List<String[]>>> sources) {
        PartOfSpeechTagger ours = PartOfSpeechTagger.shipped();
        POSTaggerME opennlp = OpenNlpPartOfSpeech.greedyTagger();
        System.out.println("| texts | texts | sentences | tokens compared | tokens differing |");
        System.out.println("|---|---|---|---|---|");
        long allTokens = 0;
        long allDiffering = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<List<String[]>>> source : sources.entrySet()) {
            long sentences = 0;
            long tokens = 0;
            long differing = 0;
            for (List<String[]> text : source.getValue()) {
                for (String[] sentence : text) {
                    String[] expected = opennlp.tag(sentence);
                    String[] actual = ours.tag(sentence);
                    for (int i = 0; i < sentence.length; i++) {
                        if (!expected[i].equals(actual[i])) {
                            differing++;
                            if (examples.size() < 20) {
                                examples.add(sentence[i] + ": OpenNLP " + expected[i] + ", ours " + actual[i] + " in "
                                        + String.join(" ", sentence));
                            }
                        }
                    }
                    sentences++;
                    tokens += sentence.length;
                }
            }
            System.out.printf("| %s | %,d | %,d | %,d | %,d |%n", source.getKey(), source.getValue().size(), sentences,
                    tokens, differing);
            allTokens += tokens;
            allDiffering += differing;
        }
        System.out.printf("| all | | | %,d | %,d |%n", allTokens, allDiffering);
        examples.forEach(example -> System.out.println("  " + example));
    }

    /** Tagging time per article, both taggers alternating article by article; medians of the later rounds. */
    private static void time(List<List<String[]>> articles, int rounds) {
        PartOfSpeechTagger ours = PartOfSpeechTagger.shipped();
        POSTaggerME opennlp = OpenNlpPartOfSpeech.greedyTagger();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> oursNanos = new ArrayList<>();
        List<Long> opennlpNanos = new ArrayList<>();
        List<Long> oursCpu = new ArrayList<>();
        List<Long> opennlpCpu = new ArrayList<>();
        int warmUp = rounds / 2;
        for (int round = 0; round < rounds; round++) {
            for (List<String[]> article : articles) {
                for (int which = 0; which < 2; which++) {
                    boolean first = (round + which) % 2 == 0;
                    long cpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    for (String[] sentence : article) {
                        if (first) {
                            ours.tag(sentence);
                        } else {
                            opennlp.tag(sentence);
                        }
                    }
                    long wall = System.nanoTime() - start;
                    long used = threads.getCurrentThreadCpuTime() - cpu;
                    if (round >= warmUp) {
                        (first ? oursNanos : opennlpNanos).add(wall);
                        (first ? oursCpu : opennlpCpu).add(used);
                    }
                }
            }
        }
        int tokens = articles.stream().flatMap(List::stream).mapToInt(s -> s.length).sum();
        System.out.printf("%d articles, %,d tokens (%d per article on average), %d rounds after %d warm-up rounds%n",
                articles.size(), tokens, tokens / articles.size(), rounds - warmUp, warmUp);
        System.out.println("| per article | OpenNLP 2.5.6, beam 1 | ours |");
        System.out.println("|---|---|---|");
        System.out.printf("| median wall | %.3f ms | %.3f ms |%n", median(opennlpNanos) / 1e6, median(oursNanos) / 1e6);
        System.out.printf("| median CPU (thread) | %.3f ms | %.3f ms |%n", median(opennlpCpu) / 1e6, median(oursCpu) / 1e6);
        System.out.printf("| mean wall | %.3f ms | %.3f ms |%n", mean(opennlpNanos) / 1e6, mean(oursNanos) / 1e6);
    }

    /** One cold load in this JVM: the model read and the first sentence tagged. */
    private static void load(boolean opennlp) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String[] sentence = {"Die", "Stadt", "Kassel", "baut", "eine", "neue", "Brücke", "."};
        long process = os.getProcessCpuTime();
        long thread = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        String[] tags = opennlp ? OpenNlpPartOfSpeech.greedyTagger().tag(sentence) : PartOfSpeechTagger.shipped().tag(sentence);
        long wall = System.nanoTime() - start;
        System.out.printf("%s: load + first sentence %.1f ms wall, %.1f ms CPU (this thread), %.1f ms CPU (process) %s%n",
                opennlp ? "OpenNLP" : "ours", wall / 1e6, (threads.getCurrentThreadCpuTime() - thread) / 1e6,
                (os.getProcessCpuTime() - process) / 1e6, Arrays.toString(tags));
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
