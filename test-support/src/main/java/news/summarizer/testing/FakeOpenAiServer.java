package news.summarizer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * An OpenAI-compatible chat completions server on 127.0.0.1 whose answers a test scripts: replies are served in
 * the order they were queued, then the default reply. Every request is recorded, so a test can count model calls
 * and inspect what was sent (schema, prompts, article). Like the real servers it refuses what it does not support,
 * before any scripted reply: for OpenAI's reasoning model names (gpt-5 family, o-series) {@code max_tokens} and a
 * temperature other than 1, with OpenAI's own error documents; and any parameter a test names with
 * {@link #refuseParameter}, as an older server refuses an argument it does not know.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    static {
        // The JDK server otherwise waits for delayed ACKs (Nagle), adding ~40 ms to every small response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** OpenAI's reasoning models, which refuse max_tokens and a non-default temperature. */
    private static final java.util.regex.Pattern REASONING_MODEL =
            java.util.regex.Pattern.compile("(?i)^(?:gpt-5|o[1-9])(?:[-.].*)?$");

    private final HttpServer server;
    private final Deque<Reply> queued = new ArrayDeque<>();
    private final List<JsonNode> requests = new ArrayList<>();
    private final java.util.Set<String> refusedParameters = new java.util.HashSet<>();
    /** Per chat request, how long the server held it: from its arrival to the answer's last byte handed to the socket. */
    private final List<Long> heldNanos = new ArrayList<>();
    /** The clients' addresses (host and port) of the chat requests: one per connection the client opened. */
    private final java.util.Set<String> connections = new java.util.LinkedHashSet<>();
    private Reply defaultReply = Reply.status(500, "{\"error\":{\"message\":\"no reply scripted\"}}");
    private java.util.function.Function<JsonNode, Reply> responder;

    private FakeOpenAiServer(HttpServer server) {
        this.server = server;
    }

    public static FakeOpenAiServer start() {
        return start(0);
    }

    public static FakeOpenAiServer start(int port) {
        try {
            return serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same server over TLS with {@code context}'s key ({@link #baseUrl} then says {@code https}): a real provider
     * is reached over TLS, and a benchmark over plain HTTP would leave out the client's TLS set-up and handshake.
     */
    public static FakeOpenAiServer startTls(SSLContext context) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            return serve(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeOpenAiServer serve(HttpServer server) {
        FakeOpenAiServer fake = new FakeOpenAiServer(server);
        server.createContext("/", fake::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-openai");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return fake;
    }

    /** Base URL to configure as {@code summarizer.openai.base-url}. */
    public String baseUrl() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public synchronized FakeOpenAiServer enqueue(Reply... replies) {
        queued.addAll(List.of(replies));
        return this;
    }

    public synchronized FakeOpenAiServer answerAlways(Reply reply) {
        defaultReply = reply;
        return this;
    }

    /**
     * Answers every request that finds the queue empty by what it asks (its recorded JSON), for calls that arrive in
     * no fixed order (articles summarised at the same time).
     */
    public synchronized FakeOpenAiServer answerWith(java.util.function.Function<JsonNode, Reply> responder) {
        this.responder = responder;
        return this;
    }

    /** Answers 400 "Unrecognized request argument supplied" to every request that carries this parameter. */
    public synchronized FakeOpenAiServer refuseParameter(String parameter) {
        refusedParameters.add(parameter);
        return this;
    }

    /** Forgets queued replies, refused parameters and recorded requests; the default reply becomes a 500 again. */
    public synchronized void reset() {
        queued.clear();
        requests.clear();
        refusedParameters.clear();
        heldNanos.clear();
        connections.clear();
        responder = null;
        defaultReply = Reply.status(500, "{\"error\":{\"message\":\"no reply scripted\"}}");
    }

    public synchronized int callCount() {
        return requests.size();
    }

    public synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /**
     * How long the server held each chat request so far (nanoseconds, in arrival order): what a real model's own time
     * would be, from the request's arrival to its answer sent, scripted delays included.
     */
    public synchronized List<Long> heldNanos() {
        return List.copyOf(heldNanos);
    }

    /**
     * How many connections the chat requests came on (distinct client address and port): fewer than {@link #callCount}
     * when the client keeps its connections alive; each new one over TLS costs a handshake.
     */
    public synchronized int connectionCount() {
        return connections.size();
    }

    public synchronized JsonNode lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!exchange.getRequestURI().getPath().endsWith("/chat/completions")) {
                send(exchange, 404, "{\"error\":{\"message\":\"not found\"}}", Map.of());
                return;
            }
            Reply reply;
            synchronized (this) {
                ObjectNode recorded = (ObjectNode) JSON.readTree(body);
                recorded.put("_authorization", exchange.getRequestHeaders().getFirst("Authorization"));
                requests.add(recorded);
                connections.add(String.valueOf(exchange.getRemoteAddress()));
                Reply refusal = refusal(recorded);
                reply = refusal != null ? refusal : !queued.isEmpty() ? queued.poll()
                        : responder != null ? responder.apply(recorded) : defaultReply;
            }
            if (!reply.delay().isZero()) {
                sleep(reply.delay());
            }
            send(exchange, reply.status(), reply.body(), reply.headers());
            synchronized (this) {
                heldNanos.add(System.nanoTime() - arrived);
            }
        }
    }

    /** What OpenAI (or an older server) answers to a parameter the model does not support, or null. */
    private Reply refusal(JsonNode request) {
        for (String parameter : refusedParameters) {
            if (request.has(parameter)) {
                return error("Unrecognized request argument supplied: " + parameter, null, null);
            }
        }
        if (!REASONING_MODEL.matcher(request.path("model").asText()).matches()) {
            return null;
        }
        if (request.has("max_tokens")) {
            return error("Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' "
                    + "instead.", "max_tokens", "unsupported_parameter");
        }
        if (request.has("temperature") && request.path("temperature").asDouble() != 1.0) {
            return error("Unsupported value: 'temperature' does not support " + request.path("temperature").asText()
                    + " with this model. Only the default (1) value is supported.", "temperature", "unsupported_value");
        }
        return null;
    }

    private static Reply error(String message, String param, String code) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", "invalid_request_error");
        error.put("param", param);
        error.put("code", code);
        return Reply.status(400, root.toString());
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One scripted HTTP answer. */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

        /** A completed chat answer whose message content is {@code content}. */
        public static Reply content(String content) {
            return completion(content, "stop", 1200, 300);
        }

        /**
         * A reasoning model's answer: {@code completionTokens} include the {@code reasoningTokens}, as OpenAI reports
         * them ({@code usage.completion_tokens_details.reasoning_tokens}).
         */
        public static Reply reasoning(String content, String finishReason, int promptTokens, int completionTokens,
                                      int reasoningTokens) {
            Reply reply = completion(content, finishReason, promptTokens, completionTokens);
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(reply.body());
                ((ObjectNode) root.path("usage")).putObject("completion_tokens_details").put("reasoning_tokens", reasoningTokens);
                return new Reply(200, root.toString(), Map.of(), Duration.ZERO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Reply completion(String content, String finishReason, int promptTokens, int completionTokens) {
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "chatcmpl-fake");
            root.put("object", "chat.completion");
            root.put("created", 1_760_000_000L);
            root.put("model", "fake-model");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", finishReason);
            root.putObject("usage")
                    .put("prompt_tokens", promptTokens)
                    .put("completion_tokens", completionTokens)
                    .put("total_tokens", promptTokens + completionTokens);
            return new Reply(200, root.toString(), Map.of(), Duration.ZERO);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            var copy = new java.util.HashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, body, Map.copyOf(copy), delay);
        }

        public Reply delayedBy(Duration delay) {
            return new Reply(status, body, headers, delay);
        }
    }
}
