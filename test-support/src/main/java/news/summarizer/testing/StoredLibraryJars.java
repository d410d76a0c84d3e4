package news.summarizer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A build step, run by the function modules right after Quarkus has written {@code target/function.zip}: rewrites
 * every {@code lib/*.jar} inside it with its entries stored instead of deflated, and leaves everything else as it was
 * (the same entries in the same order with the same bytes, names, times and attributes; the zip itself still
 * deflated). Why: on a cold start the function loads about 4,000 classes from these jars, and inflating each one is
 * CPU that the first answer waits for (defining the same classes in a fresh JVM with the runtime's flags: 710 against
 * 620 ms of CPU; docs/performance.md, "Fourth session"). A stored jar inside the deflated zip also compresses better
 * as a whole than entry by entry, so the package gets smaller; unpacked on Lambda the jars take more disk (Lambda's
 * limit for it is 250 MB). The jars' names, their order on the runtime's class path (sorted by name), their manifests
 * (multi-release jars stay multi-release) and their classes are unchanged.
 *
 * <pre>StoredLibraryJars target/function.zip</pre>
 */
public final class StoredLibraryJars {

    private StoredLibraryJars() {
    }

    public static void main(String[] args) throws IOException {
        Path zip = Path.of(args[0]);
        if (!Files.exists(zip)) {
            System.out.println("StoredLibraryJars: no " + zip + ", nothing to do");
            return;
        }
        long before = Files.size(zip);
        int jars = rewrite(zip);
        System.out.printf("StoredLibraryJars: %d jars in %s stored, %,d -> %,d bytes%n", jars, zip, before, Files.size(zip));
    }

    /** Rewrites {@code zip} in place; returns how many jars it stored. */
    public static int rewrite(Path zip) throws IOException {
        Path rewritten = zip.resolveSibling(zip.getFileName() + ".stored");
        int jars = 0;
        try (ZipFile in = ZipFile.builder().setPath(zip).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(rewritten)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                if (isLibraryJar(entry)) {
                    byte[] jar;
                    try (InputStream content = in.getInputStream(entry)) {
                        jar = stored(content.readAllBytes());
                    }
                    // a new entry with the old one's name, time and file mode; its sizes and CRC are the new jar's
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    if (entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX) {
                        copy.setUnixMode(entry.getUnixMode());
                    } else {
                        copy.setExternalAttributes(entry.getExternalAttributes());
                    }
                    copy.setMethod(ZipArchiveEntry.DEFLATED);
                    out.putArchiveEntry(copy);
                    out.write(jar);
                    out.closeArchiveEntry();
                    jars++;
                } else {
                    out.addRawArchiveEntry(entry, in.getRawInputStream(entry));
                }
            }
        }
        Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
        return jars;
    }

    /** The same jar with every entry stored: same order, names, times, extra fields and bytes. */
    static byte[] stored(byte[] jar) throws IOException {
        SeekableInMemoryByteChannel target = new SeekableInMemoryByteChannel();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(jar)).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] content;
                try (InputStream stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(content);
                ZipArchiveEntry copy = new ZipArchiveEntry(entry);
                copy.setMethod(ZipArchiveEntry.STORED);
                copy.setSize(content.length);
                copy.setCompressedSize(content.length);
                copy.setCrc(crc.getValue());
                out.putArchiveEntry(copy);
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        return Arrays.copyOf(target.array(), (int) target.size());
    }

    private static boolean isLibraryJar(ZipArchiveEntry entry) {
        String name = entry.getName();
        return !entry.isDirectory() && name.startsWith("lib/") && name.endsWith(".jar");
    }
}
