package news.summarizer.s3.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.metrics.InvocationFigures;
import news.summarizer.core.metrics.RunReport;
import news.summarizer.s3.storage.ObjectStore;
import org.jboss.logging.Logger;

/**
 * The last step of a backfill run, {@code {"BackfillReport": {"Bucket": …, "Key": "…/manifest.json"}}}: reads what
 * the map's result writer stored (the manifest names the result files; each succeeded batch's {@code Output} is the
 * figures {@link BackfillProcessor} answered, each failed one has an {@code Error}), adds them up into a
 * {@link RunReport}, stores it as {@code report.json} beside the manifest and answers it, so the execution's output
 * is the report.
 */
@ApplicationScoped
public class RunReportWriter {

    static final String EVENT = "BackfillReport";
    private static final Logger LOG = Logger.getLogger(RunReportWriter.class);

    private final ObjectStore store;
    private final ObjectMapper json;

    public RunReportWriter(ObjectStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public static boolean isReportRequest(JsonNode event) {
        return event.has(EVENT);
    }

    public RunReport write(JsonNode event) {
        String bucket = event.path(EVENT).path("Bucket").asText("");
        String manifestKey = event.path(EVENT).path("Key").asText("");
        if (bucket.isEmpty() || !manifestKey.endsWith("manifest.json")) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "The report request names no result manifest");
        }
        JsonNode manifest = read(bucket, manifestKey);
        List<InvocationFigures> succeeded = new ArrayList<>();
        List<String> failedErrors = new ArrayList<>();
        for (JsonNode file : manifest.path("ResultFiles").path("SUCCEEDED")) {
            for (JsonNode batch : read(bucket, file.path("Key").asText())) {
                succeeded.add(figures(batch.path("Output").asText()));
            }
        }
        for (JsonNode file : manifest.path("ResultFiles").path("FAILED")) {
            for (JsonNode batch : read(bucket, file.path("Key").asText())) {
                failedErrors.add(batch.path("Error").asText("unknown"));
            }
        }
        RunReport report = RunReport.of(succeeded, failedErrors);
        String reportKey = manifestKey.substring(0, manifestKey.length() - "manifest.json".length()) + "report.json";
        try {
            store.putJson(bucket, reportKey, json.writeValueAsBytes(report), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise the run report", e);
        }
        LOG.infof("Backfill report s3://%s/%s: %d batches (%d failed), %s", bucket, reportKey, report.batches(),
                report.failedBatches(), report.totals());
        return report;
    }

    private InvocationFigures figures(String output) {
        try {
            return json.readValue(output, InvocationFigures.class);
        } catch (IOException e) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "A batch result is not a batch's figures");
        }
    }

    private JsonNode read(String bucket, String key) {
        try {
            return json.readTree(store.getBytes(bucket, key));
        } catch (IOException e) {
            throw new SummarizerException(ErrorCode.INVALID_REQUEST, "s3://" + bucket + "/" + key + " is not JSON");
        }
    }
}
