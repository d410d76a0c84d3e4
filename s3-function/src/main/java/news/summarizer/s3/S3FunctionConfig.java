package news.summarizer.s3;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where the S3 function reads and writes. Every key has an environment variable
 * ({@code summarizer.s3.output-prefix} → {@code SUMMARIZER_S3_OUTPUT_PREFIX}). The S3 client itself follows the
 * SDK's standard settings: {@code AWS_REGION}, {@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL}, credentials.
 */
@ConfigMapping(prefix = "summarizer.s3")
public interface S3FunctionConfig {

    /** Only keys under this prefix are summarised; it is replaced by the output or error prefix. */
    @WithDefault("incoming/")
    String inputPrefix();

    @WithDefault("summaries/")
    String outputPrefix();

    @WithDefault("failed/")
    String errorPrefix();

    /** Bucket for summaries and error records; empty means the bucket the article came from. */
    Optional<String> outputBucket();

    /**
     * Write the text intake read into each summary ({@code article.text}), so that a reader who doubts a summary can
     * see what the engine was given (for web pages: the extracted main text). Off by default: it doubles the output.
     */
    @WithDefault("false")
    boolean includeText();

    /** Path-style requests ({@code http://host/bucket/key}), which most local S3-compatible servers need. */
    @WithDefault("false")
    boolean pathStyle();
}
