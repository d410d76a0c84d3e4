package news.summarizer.core.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * LangChain4j's HTTP client seam, implemented on the JDK client so that a 429's {@code Retry-After} survives
 * to our retry policy (LangChain4j's {@link HttpException} carries only status and body).
 */
final class ModelHttpClient implements HttpClient {

    /** Sends one request: over the network, or, for the start-up warm-up, answered in memory. */
    @FunctionalInterface
    interface Exchange {
        Reply send(java.net.http.HttpClient client, java.net.http.HttpRequest request) throws IOException, InterruptedException;
    }

    record Reply(int status, HttpHeaders headers, String body) {
    }

    private static final Exchange OVER_THE_NETWORK = (client, request) -> {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers(), response.body());
    };

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;
    private final Exchange exchange;

    private ModelHttpClient(Duration connectTimeout, Duration readTimeout, Exchange exchange) {
        // Building the JDK client connects nothing: it sets up its selector and the default TLS context.
        this.client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = readTimeout;
        this.exchange = exchange;
    }

    /**
     * The exchange of the start-up warm-up: every request is built exactly as for the network, then answered with
     * {@code body} (status 200) without leaving the process.
     */
    static Exchange answeringInMemory(String body) {
        HttpHeaders json = HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
        return (client, request) -> new Reply(200, json, body);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout)
                .method(request.method().name(), request.body() == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        Reply response;
        try {
            response = exchange.send(client, builder.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the model", e);
        }
        if (response.status() < 200 || response.status() >= 300) {
            throw new ModelHttpException(response.status(), response.body(),
                    response.headers().firstValue("Retry-After").map(ModelHttpClient::parseRetryAfter).orElse(null));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(response.status())
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("Streaming is not used: summaries are parsed whole");
    }

    /** Seconds or an HTTP date, as RFC 9110 allows; unreadable values are ignored. */
    static Duration parseRetryAfter(String value) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private final Exchange exchange;

        Builder() {
            this(OVER_THE_NETWORK);
        }

        Builder(Exchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            if (timeout != null) {
                this.connectTimeout = timeout;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            if (timeout != null) {
                this.readTimeout = timeout;
            }
            return this;
        }

        @Override
        public HttpClient build() {
            return new ModelHttpClient(connectTimeout, readTimeout, exchange);
        }
    }
}
