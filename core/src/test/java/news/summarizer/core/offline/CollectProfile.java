package news.summarizer.core.offline;

import java.nio.charset.StandardCharsets;
import java.util.List;

public final class CollectProfile {
    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String n : new String[] {"wirtschaft-01", "politik-01", "justiz-01", "klima-01", "tech-01", "sport-02"}) {
            sb.append(new String(CollectProfile.class.getResourceAsStream("/regression/articles/" + n + ".txt").readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
        }
        String text = sb.substring(0, 3950);
        List<Sentence> s = ArticleAnalyzer.analyze(text);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int k = 0; k < 5; k++) {
            long a = mx.getCurrentThreadCpuTime();
            for (int round = 0; round < 1000; round++) {
                ActorCollector.collect(text, s);
            }
            long b = mx.getCurrentThreadCpuTime();
            for (int round = 0; round < 200; round++) {
                ArticleAnalyzer.analyze(text);
            }
            long c = mx.getCurrentThreadCpuTime();
            System.out.printf("collect %.3f ms, analyze %.3f ms%n", (b - a) / 1e9, (c - b) / 2e8);
        }
    }
}
