package news.summarizer.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Captures the Embedded Metric Format lines the function writes to standard output while {@code action} runs (the
 * function runs in the test's JVM, behind the mock event server), passing all output on as well.
 */
public final class MetricLines {

    private MetricLines() {
    }

    public static List<String> during(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                original.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                captured.write(bytes, offset, length);
                original.write(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> line.startsWith("{\"_aws\""))
                .toList();
    }
}
