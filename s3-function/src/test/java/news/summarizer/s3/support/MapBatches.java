package news.summarizer.s3.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Step Functions Distributed Map batches made the way the map makes them: the items are a real {@code listObjectsV2}
 * of the prefix, each in the item reader's shape ({@code Key}, {@code Size}, quoted {@code Etag}, {@code LastModified}
 * in epoch seconds, {@code StorageClass}), cut into batches in listing order, the bucket in {@code BatchInput} as the
 * template's item batcher sets it.
 */
public final class MapBatches {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MapBatches() {
    }

    /** The whole prefix as one batch. */
    public static String ofPrefix(S3Client s3, String bucket, String prefix) {
        return ofPrefix(s3, bucket, prefix, Integer.MAX_VALUE).get(0);
    }

    /** The batches of at most {@code batchSize} items. */
    public static List<String> ofPrefix(S3Client s3, String bucket, String prefix, int batchSize) {
        List<ObjectNode> items = new ArrayList<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            items.add(JSON.createObjectNode()
                    .put("Etag", object.eTag())
                    .put("Key", object.key())
                    .put("LastModified", object.lastModified().getEpochSecond())
                    .put("Size", object.size())
                    .put("StorageClass", object.storageClassAsString()));
        }
        List<String> batches = new ArrayList<>();
        for (int start = 0; start < Math.max(1, items.size()); start += batchSize) {
            ObjectNode batch = JSON.createObjectNode();
            batch.putObject("BatchInput").put("Bucket", bucket);
            batch.putArray("Items").addAll(items.subList(start, (int) Math.min(items.size(), (long) start + batchSize)));
            batches.add(batch.toString());
        }
        return batches;
    }
}
