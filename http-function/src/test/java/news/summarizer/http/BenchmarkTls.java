package news.summarizer.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * TLS for the cold-start benchmark's local model, as a function on AWS meets it: the provider is reached over
 * {@code https}, so the function loads the default trust store (the JDK's 140-odd CA certificates) and does a
 * handshake on its first model call. The JDK's {@code keytool} makes a throw-away key for 127.0.0.1 and a trust store
 * that is the JDK's own {@code cacerts} plus that key's certificate; the function's JVM is pointed at it with
 * {@code -Djavax.net.ssl.trustStore}, so it still reads the full set of CA certificates.
 */
record BenchmarkTls(SSLContext serverContext, Path trustStore) {

    private static final String PASSWORD = "changeit";

    static BenchmarkTls create(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Path keyStore = directory.resolve("model-server.p12");
        Path certificate = directory.resolve("model-server.crt");
        Path trustStore = directory.resolve("trust-store.p12");
        keytool("-genkeypair", "-alias", "model", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "model", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        Files.copy(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"), trustStore);
        keytool("-importcert", "-noprompt", "-alias", "benchmark-model", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storepass", PASSWORD);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return new BenchmarkTls(context, trustStore);
    }

    /** The function JVM's options that make it trust the local model (and every public CA, as by default). */
    String jvmOptions() {
        return "-Djavax.net.ssl.trustStore=" + trustStore + " -Djavax.net.ssl.trustStorePassword=" + PASSWORD;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
