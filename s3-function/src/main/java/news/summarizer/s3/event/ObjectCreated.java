package news.summarizer.s3.event;

import java.util.OptionalLong;

/**
 * One "an object was created" notification, whatever envelope it came in. The key is decoded (plain UTF-8).
 *
 * @param size      object size in bytes when the event said so
 * @param eTag      entity tag without quotes, or null
 * @param versionId version id when the bucket is versioned, or null
 */
public record ObjectCreated(String bucket, String key, OptionalLong size, String eTag, String versionId) {

    public ObjectCreated {
        eTag = unquoted(eTag);
        versionId = versionId == null || versionId.isBlank() ? null : versionId;
    }

    static String unquoted(String eTag) {
        if (eTag == null || eTag.isBlank()) {
            return null;
        }
        return eTag.startsWith("\"") && eTag.endsWith("\"") && eTag.length() > 1
                ? eTag.substring(1, eTag.length() - 1) : eTag;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key + (versionId == null ? "" : "?versionId=" + versionId);
    }
}
