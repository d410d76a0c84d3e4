package news.summarizer.core.offline;

import java.nio.charset.StandardCharsets;
import java.util.List;

public final class PhaseTiming {
    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String n : new String[] {"wirtschaft-01", "politik-01", "justiz-01", "klima-01", "tech-01", "sport-02"}) {
            sb.append(new String(PhaseTiming.class.getResourceAsStream("/regression/articles/" + n + ".txt").readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
        }
        String text = sb.substring(0, 3950);
        long[] t = new long[5];
        for (int round = 0; round < 1300; round++) {
            long a = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            List<Sentence> s = ArticleAnalyzer.analyze(text);
            long b = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            List<Candidate> c = ActorCollector.collect(text, s);
            long d = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            List<RankedSentence> r = SentenceRanker.rank(s, c);
            long e = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            news.summarizer.core.language.LanguageDetector.detect(text);
            long f = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            if (round >= 300) { t[0] += b - a; t[1] += d - b; t[2] += e - d; t[3] += f - e; }
        }
        System.out.printf("analyze %.2f collect %.2f rank %.2f lang %.2f ms%n", t[0] / 1e9, t[1] / 1e9, t[2] / 1e9, t[3] / 1e9);
    }
}
