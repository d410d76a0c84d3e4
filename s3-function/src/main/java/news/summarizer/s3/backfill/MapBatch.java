package news.summarizer.s3.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.s3.event.ObjectCreated;

/**
 * One batch of a Step Functions Distributed Map over {@code s3:listObjectsV2} with an {@code ItemBatcher}:
 * <pre>{"BatchInput": {"Bucket": "artikel-eingang"},
 *  "Items": [{"Key": "incoming/2024/a.txt", "Size": 2404, "Etag": "\"cf07…\"", "LastModified": 1730712928}]}</pre>
 * Keys come from a listing, so they are plain (not URL-encoded as in notifications); the bucket is what the
 * template's {@code BatchInput} says, since the listing's items do not name it.
 */
public final class MapBatch {

    static final String BATCH_INPUT = "BatchInput";
    static final String ITEMS = "Items";

    private MapBatch() {
    }

    public static boolean isBatch(JsonNode event) {
        return event.path(ITEMS).isArray() && event.has(BATCH_INPUT);
    }

    public static List<ObjectCreated> objects(JsonNode batch) {
        JsonNode bucket = batch.path(BATCH_INPUT).path("Bucket");
        if (!bucket.isTextual() || bucket.asText().isBlank()) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "The batch input has no BatchInput.Bucket");
        }
        List<ObjectCreated> objects = new ArrayList<>();
        for (JsonNode item : batch.path(ITEMS)) {
            JsonNode key = item.path("Key");
            if (!key.isTextual() || key.asText().isEmpty()) {
                throw new SummarizerException(ErrorCode.INVALID_REQUEST, "A batch item has no Key");
            }
            JsonNode size = item.path("Size");
            // no version id: a listing names the current version, which is what a GET without one reads
            objects.add(new ObjectCreated(bucket.asText(), key.asText(),
                    size.isIntegralNumber() ? OptionalLong.of(size.asLong()) : OptionalLong.empty(),
                    item.path("Etag").asText(null), null));
        }
        return objects;
    }
}
