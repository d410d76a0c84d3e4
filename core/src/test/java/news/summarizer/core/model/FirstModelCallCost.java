package news.summarizer.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.ModelAnswers;
import org.jboss.logging.Logger;

/**
 * A benchmark main, not a test: what the model path's first call costs in a fresh JVM, in CPU time of the whole
 * process (JIT and GC included), as on a cold start's first request. Run it with the {@code java21} runtime's flags
 * ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), once per JVM; repeat the JVM for a spread. What the function has
 * loaded before its first request anyway (Jackson, JBoss logging) is loaded first and not counted; the OpenAI-compatible
 * stub in this JVM answers one raw socket request before the clock starts, so that its own first-time cost stays out.
 * Prints: the default TLS context (needed for an {@code https://} model on AWS; not loaded for {@code http://}), the
 * summary's JSON schema, building the provider's chat model, and the first conversation turn over HTTP.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp ... news.summarizer.core.model.FirstModelCallCost</pre>
 */
public final class FirstModelCallCost {

    private FirstModelCallCost() {
    }

    public static void main(String[] args) throws Exception {
        try (FakeOpenAiServer model = FakeOpenAiServer.start()) {
            model.answerAlways(Reply.content(ModelAnswers.oderBridge().toString()));
            warmUpStub(model.port());
            new ObjectMapper().readTree("{\"loaded\": [true]}");
            Logger.getLogger(FirstModelCallCost.class).debug("loaded");

            long start = cpuMillis();
            javax.net.ssl.SSLContext.getDefault();
            long tls = cpuMillis();
            java.util.Objects.requireNonNull(SummarySchema.NATIVE);
            long schema = cpuMillis();
            OpenAiCompatibleChatModel openai = new OpenAiCompatibleChatModel(new ModelHttpClient.Builder().build(),
                    model.baseUrl(), "bench", true, "gpt-4o-mini", false, null, "low");
            ChatModel withSchema = new ChatModel() {
                @Override
                public ChatResponse doChat(ChatRequest request) {
                    return openai.chat(ChatRequest.builder().messages(request.messages())
                            .responseFormat(SummarySchema.NATIVE).maxOutputTokens(2048).build());
                }
            };
            ChatTurns turns = new ChatTurns(withSchema, SummaryConversation.memory(1));
            long built = cpuMillis();
            String answer = turns.open("Regeln ".repeat(300), "Artikel ".repeat(800));
            long called = cpuMillis();
            System.out.printf("TLS context %d ms, JSON schema %d ms, chat model built %d ms, first turn %d ms CPU (%d chars)%n",
                    tls - start, schema - tls, built - schema, called - built, answer.length());
        }
    }

    /** One request to the stub over a plain socket: the stub's classes load, the client's stay unloaded. */
    private static void warmUpStub(int port) throws Exception {
        byte[] body = "{\"model\": \"warm-up\", \"messages\": []}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // the head, then as many bytes as it announces (the connection may stay open)
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
            in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
        }
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
