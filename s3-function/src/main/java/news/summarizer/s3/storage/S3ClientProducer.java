package news.summarizer.s3.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.summarizer.aws.s3.SignedS3Client;
import news.summarizer.core.ColdStartPreload;
import news.summarizer.s3.S3FunctionConfig;

/**
 * The S3 client, configured only by the SDK's standard settings (region, endpoint, credentials from environment,
 * system properties or profile, checksum settings) plus path-style access for local S3-compatible servers. Signed
 * requests instead of the SDK's S3 client: see {@link SignedS3Client} (a cold start's first event 0.4-0.5 s of CPU
 * cheaper).
 */
@ApplicationScoped
public class S3ClientProducer {

    /** A singleton, not application-scoped: a final class needs no client proxy. */
    @Produces
    @Singleton
    SignedS3Client s3Client(S3FunctionConfig config) {
        return SignedS3Client.fromEnvironment(config.pathStyle());
    }

    /**
     * Built on the cold-start preload's thread when one runs: the first event need not build it (credentials and region
     * chains). Otherwise built on first use, as before: a missing region fails the first event, not the start.
     */
    void preload(@Observes StartupEvent event, Instance<SignedS3Client> client) {
        ColdStartPreload.alsoLoad("S3 client", () -> client.get().region());
    }

    void close(@Disposes SignedS3Client client) {
        client.close();
    }
}
