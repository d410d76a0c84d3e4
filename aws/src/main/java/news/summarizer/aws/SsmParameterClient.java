package news.summarizer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * SSM {@code GetParameter} as one SigV4-signed JSON request, built from the SDK pieces the functions carry anyway
 * (credentials chain, region chain, signer, URLConnection client). The generated SSM client would add 6 MB to each
 * function.zip for this single call.
 */
final class SsmParameterClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "ssm";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AwsCredentialsProvider credentials;
    private final String region;
    private final URI endpoint;
    private final SdkHttpClient http;

    /** A failed call: {@code status} is 0 when no HTTP answer arrived; {@code type} is SSM's error type. */
    static final class CallException extends RuntimeException {
        final int status;
        final String type;

        CallException(int status, String type, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
            this.type = type;
        }

        /** What went wrong, without SSM's message (it names roles and ARNs, which callers need not see). */
        String reason() {
            return status == 0 ? "no answer" : "HTTP " + status + (type.isEmpty() ? "" : " " + type);
        }

        /** Throttling, server errors and network failures pass; a missing parameter or a denied read does not. */
        boolean isTransient() {
            return status == 0 || status >= 500 || type.contains("Throttling") || type.contains("TooManyUpdates");
        }
    }

    SsmParameterClient(AwsCredentialsProvider credentials, String region, URI endpoint) {
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint;
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(TIMEOUT).socketTimeout(TIMEOUT).build();
    }

    /** The AWS SDK's standard settings: credentials and region chains, {@code AWS_ENDPOINT_URL_SSM} and the like. */
    static SsmParameterClient fromEnvironment() {
        String region = new DefaultAwsRegionProviderChain().getRegion().id();
        return new SsmParameterClient(DefaultCredentialsProvider.create(), region, endpointFor(region));
    }

    static URI endpointFor(String region) {
        return setting("aws.endpointUrlSsm", "AWS_ENDPOINT_URL_SSM")
                .or(() -> setting("aws.endpointUrl", "AWS_ENDPOINT_URL"))
                .map(URI::create)
                .orElseGet(() -> {
                    RegionMetadata metadata = RegionMetadata.of(Region.of(region));
                    String domain = metadata == null ? "amazonaws.com" : metadata.domain();
                    return URI.create("https://ssm." + region + "." + domain);
                });
    }

    private static Optional<String> setting(String systemProperty, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(systemProperty))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }

    /** The parameter's value, decrypted when it is a SecureString. */
    String decryptedValue(String name) {
        byte[] body = JSON.createObjectNode().put("Name", name).put("WithDecryption", true).toString()
                .getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .encodedPath(endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath())
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "AmazonSSM.GetParameter")
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                .identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        JsonNode answer;
        int status;
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            status = response.httpResponse().statusCode();
            answer = read(response);
        } catch (IOException | UncheckedIOException e) {
            throw new CallException(0, "", "SSM did not answer: " + e.getMessage(), e);
        }
        if (status != 200) {
            String type = answer.path("__type").asText("");
            throw new CallException(status, type.substring(type.indexOf('#') + 1),
                    "SSM answered " + status + " " + type + ": " + answer.path("message").asText(answer.path("Message").asText("")), null);
        }
        JsonNode value = answer.path("Parameter").path("Value");
        if (!value.isTextual()) {
            throw new CallException(status, "", "SSM's answer has no Parameter.Value", null);
        }
        return value.asText();
    }

    private static JsonNode read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return JSON.createObjectNode();
        }
        try (InputStream in = response.responseBody().get()) {
            byte[] bytes = in.readAllBytes();
            try {
                return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
            } catch (IOException notJson) {
                return JSON.createObjectNode().put("message", new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }
}
