package news.summarizer.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A resource shipped in the function's jar (a model, a list, the schema), read once by its owner: missing or
 * unreadable, it is a broken build, not a bad request, so it fails loudly with what and where.
 */
public final class ShippedResource {

    /** Turns the resource's bytes into what its owner keeps. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ShippedResource() {
    }

    /** {@code what} names the resource in the error ("the name-tagger model"). */
    public static <T> T read(Class<?> owner, String path, String what, Reader<T> reader) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + path + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + path, e);
        }
    }
}
