package news.summarizer.s3.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import news.summarizer.core.summary.Summary;
import news.summarizer.s3.storage.ObjectStore;

/** Serialises summaries and error records (UTF-8 JSON) and stores them with their idempotency metadata. */
@ApplicationScoped
public class ResultWriter {

    private final ObjectStore store;
    private final ObjectMapper json;

    public ResultWriter(ObjectStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public void writeSummary(Location at, Summary summary, SourceRef source, Map<String, String> metadata) {
        store.putJson(at.bucket(), at.key(), bytes(new SummaryDocument(summary, source)), metadata);
    }

    public void writeError(Location at, ErrorDocument error, Map<String, String> metadata) {
        store.putJson(at.bucket(), at.key(), bytes(error), metadata);
    }

    /** Points an existing summary of the same text at a new source object, without summarising again. */
    public void restamp(Location at, SourceRef source, Map<String, String> metadata) {
        try {
            ObjectNode stored = (ObjectNode) json.readTree(store.getBytes(at.bucket(), at.key()));
            stored.set("source", json.valueToTree(source));
            store.putJson(at.bucket(), at.key(), json.writeValueAsBytes(stored), metadata);
        } catch (IOException e) {
            throw new IllegalStateException("The stored summary " + at + " is not JSON", e);
        }
    }

    private byte[] bytes(Object document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + document.getClass().getSimpleName(), e);
        }
    }

    /** A bucket and key. */
    public record Location(String bucket, String key) {
        @Override
        public String toString() {
            return "s3://" + bucket + "/" + key;
        }
    }
}
