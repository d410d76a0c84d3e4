package news.summarizer.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The short fictional article every engine summarises at start-up ({@link SummaryEngine#warmUp}), and the answer a
 * model gives for it. The two belong together: the answer passes the validator, the fact check and the grounder on
 * this article only, so a change to one needs the other changed with it.
 */
public final class WarmUpArticle {

    public static final String CONTENT_TYPE = "text/plain; charset=utf-8";
    private static final String DIRECTORY = "/warm-up/";

    private WarmUpArticle() {
    }

    /** The article as a request body of {@link #CONTENT_TYPE}. */
    public static byte[] body() {
        return resource("article.txt");
    }

    /** The JSON a model answers for the article: a draft that breaks no rule. */
    public static String modelAnswer() {
        return new String(resource("answer.json"), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WarmUpArticle.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DIRECTORY + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
