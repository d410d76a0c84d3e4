package news.summarizer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first request's classes are loaded ahead from the function's list, and a stale list costs nothing but speed. */
class FirstRequestClassesTest {

    /** Records every class it is asked for. */
    private static final class Recording extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Recording() {
            super(FirstRequestClassesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void should_load_every_listed_class_and_count_the_names_this_build_lacks() throws Exception {
        // Without it: a renamed class would stop the preload (or init) instead of costing the first request its load.
        Recording loader = new Recording();
        String list = "# a comment\n\njava.util.BitSet\nnews.summarizer.core.NoLongerThere\n  java.util.zip.CRC32  \n";

        FirstRequestClasses.Loaded loaded = FirstRequestClasses.load(new BufferedReader(new StringReader(list)), loader);

        assertThat(loaded).isEqualTo(new FirstRequestClasses.Loaded(3, 1));
        assertThat(loader.asked).containsSubsequence("java.util.BitSet", "news.summarizer.core.NoLongerThere", "java.util.zip.CRC32")
                .doesNotContain("# a comment", "");
    }

    @Test
    void should_read_the_list_the_function_puts_on_the_class_path() {
        // Without it: the packaged list (cold-start/first-request-classes.txt) would never be found; here core's test
        // resources stand in for a function module's.
        assertThat(FirstRequestClasses.load(new Recording())).isEqualTo(new FirstRequestClasses.Loaded(2, 0));
    }
}
