package news.summarizer.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import news.summarizer.testing.StoredLibraryJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaging step that stores the jars of {@code function.zip}: what a cold start reads from the package must not
 * change, only how the jars' entries are compressed. {@code PackagedFunctionIT} runs the real package after it.
 */
class StoredLibraryJarsTest {

    /** A class with no supertype but Object, so that it loads from the jar alone. */
    private static final String CLASS = "news/summarizer/http/StoredLibraryJarsTest.class";

    @TempDir
    Path directory;

    @Test
    void should_store_every_entry_of_the_library_jars_and_keep_names_order_bytes_and_the_rest_of_the_zip() throws Exception {
        // Without it a step that dropped, reordered or changed an entry (a class, a service file, the manifest that
        // makes a jar multi-release) would ship a package that starts differently, or not at all.
        byte[] classBytes = resource(CLASS);
        Map<String, byte[]> jarEntries = new LinkedHashMap<>();
        jarEntries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMulti-Release: true\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        jarEntries.put("META-INF/services/example.Service", "example.Implementation\n".getBytes(StandardCharsets.UTF_8));
        jarEntries.put(CLASS, classBytes);
        jarEntries.put("META-INF/versions/11/" + CLASS, classBytes);
        jarEntries.put("kunden/liste.txt", "Anna Berger, Görlitz\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> zipEntries = new LinkedHashMap<>();
        zipEntries.put("application.properties", "summarizer.provider=offline\n".getBytes(StandardCharsets.UTF_8));
        zipEntries.put("lib/b.beispiel-1.0.jar", zip(jarEntries));
        zipEntries.put("lib/a.beispiel-2.0.jar", zip(Map.of("a/A.txt", "a".repeat(500).getBytes(StandardCharsets.UTF_8))));
        zipEntries.put("lib/liesmich.txt", "kein Jar".repeat(100).getBytes(StandardCharsets.UTF_8));
        Path function = directory.resolve("function.zip");
        Files.write(function, zip(zipEntries));

        assertThat(StoredLibraryJars.rewrite(function)).isEqualTo(2);

        try (ZipFile rewritten = new ZipFile(function.toFile())) {
            assertThat(names(rewritten)).containsExactlyElementsOf(zipEntries.keySet());
            for (ZipEntry entry : java.util.Collections.list(rewritten.entries())) {
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.DEFLATED);
                if (!entry.getName().endsWith(".jar")) {
                    assertThat(rewritten.getInputStream(entry).readAllBytes()).isEqualTo(zipEntries.get(entry.getName()));
                }
            }
        }
        Path unpacked = Files.createDirectories(directory.resolve("task/lib"));
        try (ZipFile rewritten = new ZipFile(function.toFile())) {
            for (String jar : List.of("lib/b.beispiel-1.0.jar", "lib/a.beispiel-2.0.jar")) {
                Files.write(directory.resolve("task").resolve(jar), rewritten.getInputStream(rewritten.getEntry(jar)).readAllBytes());
            }
        }
        Path jar = unpacked.resolve("b.beispiel-1.0.jar");
        try (ZipFile stored = new ZipFile(jar.toFile())) {
            assertThat(names(stored)).containsExactlyElementsOf(jarEntries.keySet());
            for (ZipEntry entry : java.util.Collections.list(stored.entries())) {
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED);
                assertThat(stored.getInputStream(entry).readAllBytes()).as(entry.getName()).isEqualTo(jarEntries.get(entry.getName()));
            }
        }
        // still a multi-release jar, and its class still loads from it as the runtime's class loader loads it
        try (JarFile multiRelease = new JarFile(jar.toFile(), true, ZipFile.OPEN_READ, Runtime.version())) {
            assertThat(multiRelease.isMultiRelease()).isTrue();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> loaded = Class.forName(CLASS.replace('/', '.').replace(".class", ""), false, loader);
            assertThat(loaded.getClassLoader()).isSameAs(loader);
        }
    }

    private static List<String> names(ZipFile zip) {
        List<String> names = new ArrayList<>();
        zip.stream().forEach(entry -> names.add(entry.getName()));
        return names;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StoredLibraryJarsTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
