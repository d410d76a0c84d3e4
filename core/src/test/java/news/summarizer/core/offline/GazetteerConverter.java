package news.summarizer.core.offline;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Writes the shipped gazetteer ({@code core/src/main/resources/offline/gazetteer.bin.gz}, read by {@link Gazetteer})
 * from the name lists {@link GazetteerBuild} writes ({@code core/src/test/resources/offline/gazetteer/*.txt.gz}, one
 * per kind, sorted): run it after the lists change,
 * <pre>
 * ./mvnw -B -q -o -pl core -am -Pevaluate test -Dtool.main=news.summarizer.core.offline.GazetteerConverter
 * </pre>
 * {@code GazetteerTest} checks that the shipped file is this conversion of the lists.
 */
public final class GazetteerConverter {

    /** The lists under {@code /offline/gazetteer/} on the test class path, in the order of {@link Gazetteer#KINDS}. */
    static final List<String> LISTS = List.of("people.txt.gz", "places.txt.gz");

    private GazetteerConverter() {
    }

    public static void main(String[] args) throws IOException {
        Path inCore = Path.of("src/main/resources").resolve(Gazetteer.SHIPPED.substring(1));
        Path target = args.length > 0 ? Path.of(args[0])
                : Files.isDirectory(Path.of("core")) ? Path.of("core").resolve(inCore) : inCore;
        byte[] converted = convert();
        Files.write(target, converted);
        System.out.printf("%s: %,d bytes%n", target, converted.length);
    }

    /** The shipped resource's bytes (gzip without a time stamp, so a second run gives the same file). */
    static byte[] convert() throws IOException {
        List<List<String>> lists = new ArrayList<>();
        for (String list : LISTS) {
            lists.add(entries(list));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Gazetteer.of(lists).write(out);
        return out.toByteArray();
    }

    /** A list's names, as {@link GazetteerBuild} wrote them (one a line; read as the lists were read before). */
    static List<String> entries(String list) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream in = GazetteerConverter.class.getResourceAsStream("/offline/gazetteer/" + list)) {
            if (in == null) {
                throw new IOException("No list offline/gazetteer/" + list + " on the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    entries.add(line.strip());
                }
            }
        }
        return entries;
    }
}
