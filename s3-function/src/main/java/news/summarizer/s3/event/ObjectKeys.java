package news.summarizer.s3.event;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** S3 event notifications carry object keys form-URL-encoded: {@code +} for a space, {@code %C3%BC} for ü. */
public final class ObjectKeys {

    private ObjectKeys() {
    }

    /** The real key for a key as S3 notifications send it. EventBridge keys are not encoded: do not pass them here. */
    public static String decodeNotificationKey(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
