package news.summarizer.s3.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * What a Distributed Map's result writer stores under its prefix for one map run: {@code SUCCEEDED_0.json} and
 * {@code FAILED_0.json} (one entry per child execution: its {@code Input} and {@code Output} as JSON strings, or its
 * {@code Error} and {@code Cause}) and the {@code manifest.json} that lists them.
 */
public final class MapRunResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArrayNode succeeded = JSON.createArrayNode();
    private final ArrayNode failed = JSON.createArrayNode();

    public void succeeded(String input, String output) {
        ObjectNode entry = succeeded.addObject();
        entry.put("Input", input).put("Output", output).put("Status", "SUCCEEDED");
    }

    public void failed(String input, String error, String cause) {
        failed.addObject().put("Input", input).put("Error", error).put("Cause", cause).put("Status", "FAILED");
    }

    /** Stores the result files under {@code <prefix><run id>/} and answers the manifest's key. */
    public String write(Fixtures bucket, String prefix, String runId) {
        String directory = prefix + runId + "/";
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("DestinationBucket", Fixtures.BUCKET);
        manifest.put("MapRunArn", "arn:aws:states:eu-central-1:123456789012:mapRun:archiv-backfill/SummariseArticles:" + runId);
        ObjectNode files = manifest.putObject("ResultFiles");
        files.putArray("PENDING");
        store(bucket, directory + "SUCCEEDED_0.json", succeeded, files.putArray("SUCCEEDED"));
        store(bucket, directory + "FAILED_0.json", failed, files.putArray("FAILED"));
        bucket.put(directory + "manifest.json", manifest.toString().getBytes(StandardCharsets.UTF_8), "application/json");
        return directory + "manifest.json";
    }

    private static void store(Fixtures bucket, String key, ArrayNode entries, ArrayNode listing) {
        if (entries.isEmpty()) {
            return;
        }
        byte[] body = entries.toString().getBytes(StandardCharsets.UTF_8);
        bucket.put(key, body, "application/json");
        listing.addObject().put("Key", key).put("Size", body.length);
    }
}
