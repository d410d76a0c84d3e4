package news.summarizer.aws.s3;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3's answer to one request: the status, the headers, and the body as far as it was read ({@link SignedS3Client#get}
 * stops after a limit; a HEAD has none).
 */
public record S3Answer(int status, Map<String, List<String>> headers, byte[] body) {

    private static final String META = "x-amz-meta-";
    /** S3's error document is one flat element ({@code <Error><Code>NoSuchKey</Code>…}); no XML parser needed for it. */
    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /** The object's size as announced, or -1. */
    public long contentLength() {
        return header("Content-Length").map(Long::parseLong).orElse(-1L);
    }

    /** User metadata: the {@code x-amz-meta-} headers without the prefix, names in lower case (as S3 stores them). */
    public Map<String, String> metadata() {
        Map<String, String> metadata = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (name != null && name.toLowerCase(Locale.ROOT).startsWith(META) && !values.isEmpty()) {
                metadata.put(name.substring(META.length()).toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return metadata;
    }

    /** S3's error code ({@code NoSuchKey}, {@code SlowDown}, …) from the error document, or null (a HEAD has none). */
    public String errorCode() {
        Matcher code = ERROR_CODE.matcher(new String(body, StandardCharsets.UTF_8));
        return code.find() ? code.group(1) : null;
    }

    /** "HTTP 503 SlowDown": what failed, for logs and error records. */
    public String reason() {
        String code = errorCode();
        return "HTTP " + status + (code == null ? "" : " " + code);
    }
}
