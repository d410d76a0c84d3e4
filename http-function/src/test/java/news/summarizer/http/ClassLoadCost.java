package news.summarizer.http;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A benchmark main, not a test: what a package's layout costs in class loading alone. In a fresh JVM (run it with the
 * runtime's {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), a class loader with the class path the java21
 * runtime's {@code CustomerClassLoader} builds from an unpacked {@code function.zip} (the task root, then
 * {@code lib/*.jar} sorted by name) loads, in the order given, the classes one cold start loaded from the package
 * (from {@link ColdStartTrace}'s class-load log); prints the process's CPU and wall time for it. {@code lookup} only
 * finds each class file ({@code findResource}: the jar-by-jar probing), {@code define} loads each class without
 * initialising it (finding, reading, inflating, defining).
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/test-classes news.summarizer.http.ClassLoadCost task-dir classes.txt lookup|define</pre>
 */
public final class ClassLoadCost {

    private ClassLoadCost() {
    }

    public static void main(String[] args) throws Exception {
        Path task = Path.of(args[0]);
        List<String> names = Files.readAllLines(Path.of(args[1]));
        boolean define = args.length > 2 && args[2].equals("define");
        List<URL> urls = new ArrayList<>();
        urls.add(new File(task.toFile(), "").toURI().toURL());
        String[] jars = task.resolve("lib").toFile().list((directory, name) -> name.endsWith(".jar"));
        jars = jars == null ? new String[0] : jars;
        Arrays.sort(jars);
        for (String jar : jars) {
            urls.add(task.resolve("lib").resolve(jar).toUri().toURL());
        }
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = system.getProcessCpuTime();
        long started = System.nanoTime();
        int found = 0;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                if (define) {
                    try {
                        Class.forName(name, false, loader);
                        found++;
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a class the cold start defined in another way (a lambda's hidden class): not counted
                    }
                } else if (loader.findResource(name.replace('.', '/') + ".class") != null) {
                    found++;
                }
            }
        }
        System.out.printf("%d jars, %d of %d classes %s: %d ms wall, %d ms CPU%n", jars.length, found, names.size(),
                define ? "loaded" : "found", (System.nanoTime() - started) / 1_000_000,
                (system.getProcessCpuTime() - cpu) / 1_000_000);
    }
}
