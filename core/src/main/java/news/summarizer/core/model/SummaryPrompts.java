package news.summarizer.core.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.summarizer.core.article.Article;

/**
 * The versioned prompt set under {@code prompts/<version>/}. A changed prompt is a new version directory, so a
 * result's {@code engine.promptVersion} always names the exact words the model was given.
 */
@ApplicationScoped
public class SummaryPrompts {

    public static final String VERSION = "summary-v1";

    private final String system = load("system.txt");
    private final String user = load("user.txt");
    private final String part = load("part.txt");
    private final String merge = load("merge.txt");
    private final String correction = load("correction.txt");

    public String version() {
        return VERSION;
    }

    public String system(String boundary) {
        return render(system, Map.of("boundary", boundary));
    }

    public String user(Article article, String text, String boundary) {
        return render(user, Map.of("metadata", metadata(article), "boundary", boundary, "article", text));
    }

    public String part(Article article, String text, int number, int count, String boundary) {
        return render(part, Map.of("metadata", metadata(article), "boundary", boundary, "article", text,
                "part", Integer.toString(number), "parts", Integer.toString(count)));
    }

    public String merge(Article article, String partsJson, int count, String boundary) {
        return render(merge, Map.of("metadata", metadata(article), "boundary", boundary, "parts_json", partsJson,
                "parts", Integer.toString(count)));
    }

    public String correction(List<String> problems) {
        return render(correction, Map.of("problems", "- " + String.join("\n- ", problems)));
    }

    /**
     * A delimiter the article's author cannot predict (it derives from the hash of the text that would have to
     * contain it), so an article cannot close its own data block and smuggle instructions after it.
     */
    public static String boundaryFor(Article article) {
        return article.id().substring(article.id().indexOf(':') + 1, article.id().indexOf(':') + 13);
    }

    private static String metadata(Article article) {
        StringBuilder metadata = new StringBuilder();
        if (article.title() != null) {
            metadata.append("Titel laut Quelle: ").append(article.title()).append('\n');
        }
        if (article.date() != null) {
            metadata.append("Erscheinungsdatum: ").append(article.date()).append('\n');
        }
        return metadata.toString().strip();
    }

    private static String render(String template, Map<String, String> values) {
        // Single pass, so placeholders inside inserted article text are never expanded.
        StringBuilder out = new StringBuilder(template.length() + 1024);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (open < 0 || close < 0) {
                out.append(template, at, template.length());
                break;
            }
            String key = template.substring(open + 2, close);
            out.append(template, at, open).append(values.getOrDefault(key, template.substring(open, close + 2)));
            at = close + 2;
        }
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static String load(String name) {
        String resource = "prompts/" + VERSION + "/" + name;
        try (InputStream in = SummaryPrompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing prompt resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
