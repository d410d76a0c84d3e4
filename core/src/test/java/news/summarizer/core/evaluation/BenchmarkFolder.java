package news.summarizer.core.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The files of an HTML benchmark folder: unpacked ({@code evaldata.json}, {@code eval/}, {@code cache/}), or, when
 * the folder holds only the archive as it is shared ({@code *.tgz}), read from that archive into memory, so that the
 * evaluation runs on a read-only copy without unpacking it anywhere.
 */
public final class BenchmarkFolder {

    private static final int BLOCK = 512;

    private final Path folder;
    private final Map<String, byte[]> archived;

    private BenchmarkFolder(Path folder, Map<String, byte[]> archived) {
        this.folder = folder;
        this.archived = archived;
    }

    public static BenchmarkFolder open(Path folder) throws IOException {
        if (Files.exists(folder.resolve("evaldata.json"))) {
            return new BenchmarkFolder(folder, null);
        }
        try (Stream<Path> files = Files.list(folder)) {
            Path archive = files.filter(file -> file.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("No evaldata.json and no .tgz archive in " + folder));
            return new BenchmarkFolder(folder, untar(archive));
        }
    }

    /** The bytes of a file given by its path inside the benchmark ("evaldata.json", "eval/x.html"), or null. */
    public byte[] read(String path) throws IOException {
        if (archived != null) {
            return archived.get(path);
        }
        Path file = folder.resolve(path);
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    /** A plain reader of (GNU) tar: 512-byte headers, octal sizes, ustar prefixes and long names. */
    private static Map<String, byte[]> untar(Path archive) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16)) {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(BLOCK);
                if (header.length < BLOCK || header[0] == 0) {
                    return files;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String octal = field(header, 124, 12).strip();
                long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
                char type = (char) header[156];
                byte[] data = in.readNBytes((int) size);
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
                if (type == 'L') {
                    longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                String path = longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name;
                longName = null;
                if (type == '0' || type == 0) {
                    files.put(path.startsWith("./") ? path.substring(2) : path, data);
                }
            }
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** Where the pages come from, for the report's first line. */
    @Override
    public String toString() {
        return folder.toAbsolutePath().normalize() + (archived == null ? "" : " (read from its archive)");
    }
}
