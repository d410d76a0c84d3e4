package news.summarizer.s3.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A Step Functions Distributed Map batch made the way the map makes it: the items are a real {@code listObjectsV2} of
 * the prefix, each in the item reader's shape ({@code Key}, {@code Size}, quoted {@code Etag}, {@code LastModified} in
 * epoch seconds, {@code StorageClass}), the bucket in {@code BatchInput} as the template's item batcher sets it.
 */
public final class MapBatches {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MapBatches() {
    }

    public static String ofPrefix(S3Client s3, String bucket, String prefix) {
        ObjectNode batch = JSON.createObjectNode();
        batch.putObject("BatchInput").put("Bucket", bucket);
        ArrayNode items = batch.putArray("Items");
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            items.addObject()
                    .put("Etag", object.eTag())
                    .put("Key", object.key())
                    .put("LastModified", object.lastModified().getEpochSecond())
                    .put("Size", object.size())
                    .put("StorageClass", object.storageClassAsString());
        }
        return batch.toString();
    }
}
