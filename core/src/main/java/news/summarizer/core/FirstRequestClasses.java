package news.summarizer.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * The classes a cold start's first request loads, listed by the function module in {@value #RESOURCE} (recorded from
 * a traced cold start of the packaged function: {@code ColdStartTrace -Dtrace.class-list}, see docs/performance.md),
 * loaded and linked ahead by the preload ({@link ColdStartPreload}). Loading a class costs the same wherever it
 * happens, but init runs on a whole vCPU and a request at 1,024 MB on 0.58 of one; unlike the warm-up nothing runs
 * twice. Classes are not initialised (static initialisers stay with their first use, in the order the code needs),
 * and a name that no longer exists is counted, not fatal: a stale list costs speed only. The same idea as Powertools
 * for AWS Lambda's class priming, without initialising.
 */
final class FirstRequestClasses {

    static final String RESOURCE = "cold-start/first-request-classes.txt";

    /** How many names the lists held and how many of them this build does not have. */
    record Loaded(int listed, int notFound) {
        @Override
        public String toString() {
            return listed + " listed, " + notFound + " not found";
        }
    }

    private FirstRequestClasses() {
    }

    /** Every list on the class path, through {@code loader}. */
    static Loaded load(ClassLoader loader) {
        int listed = 0;
        int notFound = 0;
        try {
            Enumeration<URL> lists = loader.getResources(RESOURCE);
            while (lists.hasMoreElements()) {
                try (InputStream in = lists.nextElement().openStream()) {
                    Loaded one = load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), loader);
                    listed += one.listed();
                    notFound += one.notFound();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Loaded(listed, notFound);
    }

    /** One list: a class name per line; blank lines and lines starting with {@code #} are skipped. */
    static Loaded load(BufferedReader list, ClassLoader loader) throws IOException {
        int listed = 0;
        int notFound = 0;
        for (String line = list.readLine(); line != null; line = list.readLine()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            listed++;
            try {
                // Asking for the declared fields links the class (verifies it) without initialising it.
                Class.forName(name, false, loader).getDeclaredFields();
            } catch (ClassNotFoundException | LinkageError e) {
                notFound++;
            }
        }
        return new Loaded(listed, notFound);
    }
}
