package news.summarizer.aws;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.summarizer.core.ErrorCode;
import news.summarizer.core.SummarizerException;
import news.summarizer.core.model.SecretStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Secrets from SSM Parameter Store (SecureString, decrypted), read once per execution environment and kept in
 * memory only. The client is built on first use, so a function that needs no secret never pays for it.
 */
@ApplicationScoped
public class SsmSecretStore implements SecretStore {

    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private volatile SsmClient client;

    @Override
    public String read(String name) {
        return cache.computeIfAbsent(name, this::fetch);
    }

    private String fetch(String name) {
        try {
            return client().getParameter(request -> request.name(name).withDecryption(true)).parameter().value();
        } catch (SdkException e) {
            // The key is missing or the role may not read it: an operator must act, so retries go to the DLQ.
            throw new SummarizerException(ErrorCode.MODEL_AUTHENTICATION_FAILED,
                    "The model API key could not be read from SSM parameter " + name, null, e);
        }
    }

    private SsmClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = SsmClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
                }
            }
        }
        return client;
    }
}
