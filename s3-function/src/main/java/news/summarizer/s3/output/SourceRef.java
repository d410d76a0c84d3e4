package news.summarizer.s3.output;

/** The S3 object a summary or error record was made from. {@code eTag} is unquoted; versionId null when unversioned. */
public record SourceRef(String bucket, String key, String versionId, String eTag) {
}
