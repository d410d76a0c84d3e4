package news.summarizer.core.offline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark, not a test: the article's reading ({@link EntityFinder#find}) of two builds of core in one JVM, each
 * in a class loader of its own, alternating article by article, so that both see the same machine load (on the
 * shared build machine two JVMs run one after the other differ by more than a change of a few per cent). Prints each
 * build's thread CPU per article (median over the rounds) and how many answers differ (compared as text).
 *
 * <p>Arguments: rounds, the base build's classes folder (a copy of an earlier {@code core/target/classes}), this
 * build's classes folder, and a folder of article texts (e.g. {@code ../shared/devset/articles}). The class path
 * must hold core's dependencies but not core's classes (docs/performance.md, "Cheaper reading and linking").
 */
public final class ReadingComparison {

    private static final int WARM_UP_ROUNDS = 10;

    private ReadingComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[3]))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        Method[] find = {finder(args[1]), finder(args[2])};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] perRound = new long[2][rounds];
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            for (int i = 0; i < texts.size(); i++) {
                // A new text each round (the reading keeps the last article's analysis), and each build first in turn.
                String text = texts.get(i) + " ".repeat(1 + (round & 1));
                for (int turn = 0; turn < 2; turn++) {
                    int build = (round + i + turn) & 1;
                    long started = threads.getCurrentThreadCpuTime();
                    find[build].invoke(null, text);
                    long spent = threads.getCurrentThreadCpuTime() - started;
                    if (round >= WARM_UP_ROUNDS) {
                        perRound[build][round - WARM_UP_ROUNDS] += spent;
                    }
                }
            }
        }
        for (int build = 0; build < 2; build++) {
            Arrays.sort(perRound[build]);
            System.out.printf("%s: thread CPU per article, median of %d rounds %.3f ms (fastest round %.3f ms)%n",
                    args[1 + build], rounds, perRound[build][rounds / 2] / 1e6 / texts.size(),
                    perRound[build][0] / 1e6 / texts.size());
        }
        int differing = 0;
        for (String text : texts) {
            if (!String.valueOf(find[0].invoke(null, text)).equals(String.valueOf(find[1].invoke(null, text)))) {
                differing++;
            }
        }
        System.out.printf("%d texts, answers differing: %d%n", texts.size(), differing);
    }

    private static Method finder(String classes) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {Path.of(classes).toUri().toURL()},
                ReadingComparison.class.getClassLoader());
        Class<?> finder = loader.loadClass("news.summarizer.core.offline.EntityFinder");
        if (finder.getClassLoader() != loader) { // the parent found it first: both "builds" would be the same
            throw new IllegalStateException("core's classes are on the class path; leave them out (see the class comment)");
        }
        return finder.getMethod("find", String.class);
    }
}
