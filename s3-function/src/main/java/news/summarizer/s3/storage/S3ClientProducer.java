package news.summarizer.s3.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import news.summarizer.core.ColdStartPreload;
import news.summarizer.s3.S3FunctionConfig;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 client, configured only by the SDK's standard chain (region, endpoint, credentials from environment,
 * system properties or profile) plus path-style access for local S3-compatible servers.
 */
@ApplicationScoped
public class S3ClientProducer {

    @Produces
    @ApplicationScoped
    S3Client s3Client(S3FunctionConfig config) {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(config.pathStyle())
                .build();
    }

    /** Built on the cold-start preload's thread when one runs: the first event need not build it (SDK set-up). */
    void preload(@Observes StartupEvent event, S3Client client) {
        ColdStartPreload.alsoLoad("S3 client", client::serviceName);
    }

    void close(@Disposes S3Client client) {
        client.close();
    }
}
