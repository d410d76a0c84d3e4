package news.summarizer.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import news.summarizer.core.summary.Summary;

/**
 * Builds the serializers of the summary's JSON, which both functions write with the application's mapper (the HTTP
 * response, the S3 result), in init whenever init prepares for requests: on the cold start's preload thread
 * ({@link ColdStartPreload}), or with the warm-up (the offline engine, SnapStart, provisioned concurrency), whose
 * pipeline run writes no JSON. Otherwise the first request builds them.
 */
@Singleton
class SummaryJsonPreload {

    void onStart(@Observes StartupEvent event, ObjectMapper json, ArticleSummarizer summarizer) {
        Runnable load = () -> SerializerPrefetch.serializers(json, Summary.class);
        if (!ColdStartPreload.alsoLoad("summary JSON", load) && summarizer.warmsUpAtStart()) {
            load.run();
        }
    }
}
