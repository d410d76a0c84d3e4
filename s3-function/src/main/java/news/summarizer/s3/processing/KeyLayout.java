package news.summarizer.s3.processing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import news.summarizer.s3.S3FunctionConfig;
import news.summarizer.s3.event.ObjectCreated;
import news.summarizer.s3.output.ResultWriter.Location;

/**
 * Maps article keys to summary and error keys by replacing the input prefix
 * ({@code incoming/2025/a.txt} → {@code summaries/2025/a.txt.json}, {@code failed/2025/a.txt.error.json}) and
 * guards against recursion: keys under the output or error prefix, or outside the input prefix, are never processed.
 */
@ApplicationScoped
public class KeyLayout {

    private final S3FunctionConfig config;

    public KeyLayout(S3FunctionConfig config) {
        this.config = config;
    }

    /** Why this object must not be processed, or empty when it is an article to summarise. */
    public Optional<String> skipReason(ObjectCreated object) {
        String key = object.key();
        if (key.startsWith(config.outputPrefix())) {
            return Optional.of("it is under the output prefix '" + config.outputPrefix() + "'");
        }
        if (key.startsWith(config.errorPrefix())) {
            return Optional.of("it is under the error prefix '" + config.errorPrefix() + "'");
        }
        if (!key.startsWith(config.inputPrefix())) {
            return Optional.of("it is outside the input prefix '" + config.inputPrefix() + "'");
        }
        if (key.endsWith("/")) {
            return Optional.of("it is a folder marker");
        }
        return Optional.empty();
    }

    public Location summaryOf(ObjectCreated article) {
        return new Location(outputBucket(article), config.outputPrefix() + relative(article) + ".json");
    }

    public Location errorOf(ObjectCreated article) {
        return new Location(outputBucket(article), config.errorPrefix() + relative(article) + ".error.json");
    }

    private String outputBucket(ObjectCreated article) {
        return config.outputBucket().orElse(article.bucket());
    }

    private String relative(ObjectCreated article) {
        return article.key().substring(config.inputPrefix().length());
    }
}
