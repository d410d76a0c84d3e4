package news.summarizer.aws;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.model.SecretStore;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Secrets from SSM Parameter Store (SecureString, decrypted), read once per execution environment and kept in
 * memory only. Nothing is read or resolved before the first use: with SnapStart that is after the restore, so
 * neither the key nor the credentials of the snapshotting environment end up in the snapshot.
 */
@ApplicationScoped
public class SsmSecretStore implements SecretStore {

    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final Supplier<SsmParameterClient> clients;
    private volatile SsmParameterClient client;

    public SsmSecretStore() {
        this(SsmParameterClient::fromEnvironment);
    }

    SsmSecretStore(Supplier<SsmParameterClient> clients) {
        this.clients = clients;
    }

    @Override
    public String read(String name) {
        return cache.computeIfAbsent(name, this::fetch);
    }

    private String fetch(String name) {
        try {
            return client().decryptedValue(name);
        } catch (SsmParameterClient.CallException e) {
            if (e.isTransient()) {
                // Throttling or an SSM outage passes: the request fails as retryable, the key is read next time.
                throw new SummarizerException(ErrorCode.MODEL_UNAVAILABLE,
                        "The model API key could not be read from SSM parameter " + name + " (" + e.reason() + ")", null, e);
            }
            throw notReadable(name, e.reason(), e);
        } catch (SdkException e) {
            throw notReadable(name, "no AWS region or credentials", e);
        }
    }

    /** The key is missing or the role may not read it: an operator must act, so retries go to the DLQ. */
    private static SummarizerException notReadable(String name, String reason, RuntimeException cause) {
        return new SummarizerException(ErrorCode.MODEL_AUTHENTICATION_FAILED,
                "The model API key could not be read from SSM parameter " + name + " (" + reason + ")", null, cause);
    }

    private SsmParameterClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = clients.get();
                }
            }
        }
        return client;
    }
}
