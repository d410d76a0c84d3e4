package news.summarizer.core.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LangChain4j's HTTP client seam, implemented on the JDK's {@link HttpURLConnection} so that a 429's
 * {@code Retry-After} survives to our retry policy (LangChain4j's {@link HttpException} carries only status and body).
 * Not on the JDK's {@code java.net.http} client: building it and its first exchange cost about 80 ms of CPU more on a
 * cold start (C1 only, as on Lambda: 270 classes of its own, a selector thread), and it sets up the default TLS
 * context even for an {@code http://} server (docs/performance.md); this one loads TLS only for {@code https://},
 * and reuses connections (the JDK's keep-alive cache) as that one did. One request at a time per connection, HTTP/1.1
 * as before.
 */
final class ModelHttpClient implements HttpClient {

    /** Sends one request: over the network, or, for the start-up warm-up, answered in memory. */
    @FunctionalInterface
    interface Exchange {
        Reply send(Call call) throws IOException;
    }

    /** What is sent: method, URL, headers and body, with the timeouts for connecting and for the answer. */
    record Call(String method, String url, Map<String, List<String>> headers, String body, Duration connectTimeout,
                Duration readTimeout) {
    }

    /** What came back; header names as the server wrote them, looked up without regard to case. */
    record Reply(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey() != null && header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream())
                    .findFirst();
        }
    }

    private static final Exchange OVER_THE_NETWORK = call -> {
        HttpURLConnection connection = (HttpURLConnection) URI.create(call.url()).toURL().openConnection();
        connection.setConnectTimeout(millis(call.connectTimeout()));
        connection.setReadTimeout(millis(call.readTimeout()));
        connection.setRequestMethod(call.method());
        // instead of HttpURLConnection's browser-style default ("text/html, image/gif, …")
        connection.setRequestProperty("Accept", "application/json");
        call.headers().forEach((name, values) -> values.forEach(value -> connection.addRequestProperty(name, value)));
        if (call.body() != null) {
            byte[] body = call.body().getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            // Streamed, so never sent twice: HttpURLConnection resends a buffered POST on its own when a reused
            // connection fails, which would be a second, paid model call.
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        // An error's body comes on the error stream; reading it to the end lets the connection be reused.
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text;
        if (in == null) {
            text = "";
        } else {
            try (in) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null) { // the status line
                headers.put(name, values);
            }
        });
        return new Reply(status, headers, text);
    };

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Exchange exchange;

    private ModelHttpClient(Duration connectTimeout, Duration readTimeout, Exchange exchange) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.exchange = exchange;
    }

    /**
     * The exchange of the start-up warm-up: every request is built exactly as for the network, then answered with
     * {@code body} (status 200) without leaving the process.
     */
    static Exchange answeringInMemory(String body) {
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        return call -> new Reply(200, json, body);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        Reply response;
        try {
            response = exchange.send(new Call(request.method().name(), request.url(), request.headers(), request.body(),
                    connectTimeout, readTimeout));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (response.status() < 200 || response.status() >= 300) {
            throw new ModelHttpException(response.status(), response.body(),
                    response.header("Retry-After").map(ModelHttpClient::parseRetryAfter).orElse(null));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(response.status())
                .headers(response.headers())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("Streaming is not used: summaries are parsed whole");
    }

    /**
     * Opens a TLS connection to an {@code https} endpoint's server, shakes hands and closes it, sending no request:
     * a cold start's preload does it in init so that the first request's own handshake finds the JDK's TLS code
     * loaded (about 120 ms of CPU less on that request with the runtime's C1-only JIT; docs/performance.md). The
     * handshake is the one {@link HttpURLConnection} does: the default socket factory (the default trust store) and
     * the server's certificate checked against the host name. Does nothing (false) for {@code http} or when a proxy
     * is configured (the request would go through it; this socket would not).
     */
    static boolean handshake(URI endpoint, Duration timeout) throws IOException {
        if (System.getProperty("https.proxyHost") != null) {
            return false;
        }
        return handshake(endpoint, timeout, javax.net.ssl.HttpsURLConnection.getDefaultSSLSocketFactory());
    }

    static boolean handshake(URI endpoint, Duration timeout, javax.net.ssl.SSLSocketFactory factory) throws IOException {
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null) {
            return false;
        }
        String host = endpoint.getHost();
        int port = endpoint.getPort() < 0 ? 443 : endpoint.getPort();
        try (java.net.Socket plain = new java.net.Socket()) {
            plain.connect(new java.net.InetSocketAddress(host, port), millis(timeout));
            plain.setSoTimeout(millis(timeout));
            try (javax.net.ssl.SSLSocket tls = (javax.net.ssl.SSLSocket) factory.createSocket(plain, host, port, true)) {
                javax.net.ssl.SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.startHandshake();
            }
        }
        return true;
    }

    /** A timeout in milliseconds for {@link HttpURLConnection}, where 0 would mean none at all. */
    private static int millis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
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
