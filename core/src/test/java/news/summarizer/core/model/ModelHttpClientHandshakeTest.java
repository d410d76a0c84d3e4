package news.summarizer.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preload's handshake with the model's server ({@link ModelHttpClient#handshake}): a real TLS handshake with the
 * certificate checked as a request's would be, and no request. The server is a TLS socket on 127.0.0.1 with a
 * throw-away key made by the JDK's {@code keytool} for this test.
 */
class ModelHttpClientHandshakeTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    static Path directory;
    private static SSLServerSocket server;
    /** Trusts exactly the server's certificate, as the function's trust store trusts a provider's CA. */
    private static SSLSocketFactory trusting;

    @BeforeAll
    static void startServer() throws Exception {
        Path keys = directory.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keys.toString(),
                "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(store, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(managers.getKeyManagers(), null, null);
        server = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getLoopbackAddress());

        Certificate certificate = store.getCertificate("server");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);
        trusting = clientContext.getSocketFactory();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void should_shake_hands_with_the_model_server_and_send_no_request() throws Exception {
        // Without it the preload could send a request (a paid model call) or shake no hands at all.
        CompletableFuture<String> served = serveOnce();

        boolean shook = ModelHttpClient.handshake(URI.create("https://127.0.0.1:" + server.getLocalPort() + "/v1"),
                TIMEOUT, trusting);

        assertThat(shook).isTrue();
        assertThat(served.get(10, TimeUnit.SECONDS)).isEqualTo("handshake, then 0 bytes");
    }

    @Test
    void should_refuse_a_server_the_trust_store_does_not_trust() throws Exception {
        // Without it the handshake could trust any certificate: the JDK's own CAs did not sign this one.
        CompletableFuture<String> served = serveOnce();
        SSLContext jdkDefaults = SSLContext.getInstance("TLS");
        jdkDefaults.init(null, null, null);

        assertThatThrownBy(() -> ModelHttpClient.handshake(URI.create("https://127.0.0.1:" + server.getLocalPort()),
                TIMEOUT, jdkDefaults.getSocketFactory())).isInstanceOf(SSLHandshakeException.class);
        assertThat(served.get(10, TimeUnit.SECONDS)).startsWith("failed");
    }

    @Test
    void should_refuse_a_certificate_of_another_host() throws Exception {
        // Without the host name check a certificate for 127.0.0.1 would pass for "localhost" (any name, on the web).
        CompletableFuture<String> served = serveOnce();

        assertThatThrownBy(() -> ModelHttpClient.handshake(URI.create("https://localhost:" + server.getLocalPort()),
                TIMEOUT, trusting)).isInstanceOf(SSLHandshakeException.class);
        assertThat(served.get(10, TimeUnit.SECONDS)).startsWith("failed");
    }

    @Test
    void should_not_connect_to_a_plain_http_server() throws Exception {
        // Without it a plain-HTTP model (a local server) would get a TLS hello; port 1 refuses any connection, so a
        // connection attempt would throw.
        for (String url : List.of("http://127.0.0.1:1/v1", "HTTP://127.0.0.1:1")) {
            assertThat(ModelHttpClient.handshake(URI.create(url), TIMEOUT, trusting)).as(url).isFalse();
        }
    }

    /** The server's side of one connection: whether the handshake went through and how many bytes came after it. */
    private static CompletableFuture<String> serveOnce() {
        return CompletableFuture.supplyAsync(() -> {
            try (SSLSocket socket = (SSLSocket) server.accept()) {
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                byte[] after = socket.getInputStream().readAllBytes();
                return "handshake, then " + after.length + " bytes";
            } catch (Exception e) {
                return "failed: " + e;
            }
        });
    }
}
