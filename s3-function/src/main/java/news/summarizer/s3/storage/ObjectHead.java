package news.summarizer.s3.storage;

import java.util.Map;

/** What a HEAD (or the start of a GET) tells about a stored object. User metadata keys are lower case. */
public record ObjectHead(long size, String contentType, String eTag, String versionId, Map<String, String> metadata) {

    public ObjectHead {
        eTag = eTag == null ? null : eTag.replace("\"", "");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
