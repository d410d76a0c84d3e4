package news.summarizer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * An AWS service endpoint on 127.0.0.1 (Bedrock Converse, SSM): scripted responses, recorded signed requests. Converse
 * requests Bedrock itself would refuse (see {@link BedrockAnswers}) get Bedrock's error without using a script.
 */
public final class FakeAwsServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Response(int status, String body, Map<String, String> headers) {
    }

    public record Recorded(String path, String authorization, String target, JsonNode body) {
    }

    private final HttpServer server;
    private final Deque<Response> responses = new ArrayDeque<>();
    private final List<Recorded> requests = new ArrayList<>();

    public FakeAwsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", this::handle);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized void enqueue(Response response) {
        responses.add(response);
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            synchronized (this) {
                Recorded request = new Recorded(exchange.getRequestURI().getRawPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                        JSON.readTree(exchange.getRequestBody().readAllBytes()));
                requests.add(request);
                // What Bedrock refuses by itself is never scripted: the stand-in answers it as the service does.
                response = BedrockAnswers.refusal(request.path(), request.body())
                        .orElseGet(() -> responses.isEmpty()
                                ? new Response(500, "{\"message\":\"nothing scripted\"}", Map.of()) : responses.poll());
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            response.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(response.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
