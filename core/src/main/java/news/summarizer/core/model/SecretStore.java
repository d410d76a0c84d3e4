package news.summarizer.core.model;

/**
 * Where deployed functions keep secrets such as the model API key (on AWS: SSM Parameter Store). Implemented
 * outside the core, so the domain never sees a cloud SDK.
 */
public interface SecretStore {

    /** The secret's value; fails with a {@link news.summarizer.core.SummarizerException} when it cannot be read. */
    String read(String name);
}
