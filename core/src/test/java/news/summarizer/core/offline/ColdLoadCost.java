package news.summarizer.core.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import news.summarizer.core.model.SummarySchema;
import news.summarizer.core.text.GermanLexicon;
import org.jboss.logging.Logger;

/**
 * A benchmark main, not a test: what each resource a cold start's first request loads costs in a fresh JVM, in CPU
 * time of the whole process (JIT and GC included) and wall time. The steps run in the order given, each after the
 * ones before it (so a step alone first in its JVM includes the shared machinery, e.g. gzip, that a later step
 * finds loaded). Run with the {@code java21} runtime's flags ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}),
 * one JVM per sample. What the function has loaded before its first request anyway (Jackson, JBoss logging) is
 * loaded first and not counted.
 *
 * <p>Steps: {@code pos} (part-of-speech model), {@code tagger} (name tagger's model), {@code gazetteer},
 * {@code inflate=<resource>} (only inflating a gzip'd resource), {@code dictionary} (Morfologik German dictionary), {@code lexicon} (the small word lists), {@code schema} (the
 * summary's JSON schema), {@code entities} (the entity finder's first sentence: what the steps before left),
 * {@code truststore} (the default trust store read as the JDK reads it: {@code javax.net.ssl.trustStore} or
 * {@code lib/security/cacerts}), {@code trustmanagers} (a PKIX trust manager factory over it), {@code sslcontext}
 * ({@code SSLContext.getDefault()}, what the JDK does for the default context), {@code handshake=<https url>} (a
 * first GET over {@code HttpsURLConnection}; the server in another process, e.g. {@code openssl s_server -www}).
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp ... news.summarizer.core.offline.ColdLoadCost pos tagger</pre>
 */
public final class ColdLoadCost {

    private static final List<String> SENTENCE = List.of("Anna", "Berger", "sagte", "in", "Görlitz", ",", "die",
            "Brücke", "sei", "fertig", ".");

    private ColdLoadCost() {
    }

    public static void main(String[] args) throws Exception {
        new ObjectMapper().readTree("{\"loaded\": [true]}");
        Logger.getLogger(ColdLoadCost.class).debug("loaded");
        KeyStore trustStore = null;
        StringBuilder line = new StringBuilder();
        for (String step : args) {
            long cpu = cpuMillis();
            long wall = System.nanoTime();
            switch (step.replaceAll("=.*", "")) {
                case "pos" -> PartOfSpeechModel.shipped();
                case "inflate" -> { // a resource's bytes only (gzip), e.g. inflate=/offline/part-of-speech.bin.gz
                    try (InputStream in = new java.util.zip.GZIPInputStream(
                            ColdLoadCost.class.getResourceAsStream(step.substring(step.indexOf('=') + 1)), 1 << 16)) {
                        in.readAllBytes();
                    }
                }
                case "tagger" -> NameTagger.shipped();
                case "gazetteer" -> Gazetteer.shipped();
                case "dictionary" -> GermanLexicon.lookup("Brücke");
                case "lexicon" -> Objects.requireNonNull(Lexicon.COUNTRIES);
                case "schema" -> Objects.requireNonNull(SummarySchema.NATIVE);
                case "schemaclasses" -> dev.langchain4j.model.chat.request.ResponseFormat.builder()
                        .type(dev.langchain4j.model.chat.request.ResponseFormatType.JSON)
                        .jsonSchema(dev.langchain4j.model.chat.request.json.JsonSchema.builder().name("x")
                                .rootElement(dev.langchain4j.model.chat.request.json.JsonObjectSchema.builder()
                                        .addStringProperty("a").addProperty("b",
                                                dev.langchain4j.model.chat.request.json.JsonArraySchema.builder()
                                                        .items(dev.langchain4j.model.chat.request.json.JsonIntegerSchema
                                                                .builder().build()).build())
                                        .required("a").additionalProperties(false).build()).build()).build();
                case "entities" -> EntityFinder.findInTokens(SENTENCE);
                case "truststore" -> trustStore = defaultTrustStore();
                case "trustmanagers" -> {
                    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                    factory.init(trustStore);
                    factory.getTrustManagers();
                }
                case "sslcontext" -> SSLContext.getDefault();
                case "handshake" -> {
                    HttpsURLConnection connection = (HttpsURLConnection) new URL(step.substring(step.indexOf('=') + 1))
                            .openConnection();
                    try (InputStream in = connection.getInputStream()) {
                        in.readAllBytes();
                    }
                }
                case "prehandshake" -> { // a TLS handshake alone, no request: what a preload could do in init
                    URL url = new URL(step.substring(step.indexOf('=') + 1));
                    try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) SSLContext.getDefault().getSocketFactory()
                            .createSocket(url.getHost(), url.getPort())) {
                        javax.net.ssl.SSLParameters parameters = socket.getSSLParameters();
                        parameters.setEndpointIdentificationAlgorithm("HTTPS");
                        socket.setSSLParameters(parameters);
                        socket.startHandshake();
                    }
                }
                default -> throw new IllegalArgumentException("Unknown step " + step);
            }
            line.append(String.format("%s %d ms CPU (%d ms wall); ", step.startsWith("inflate=") ? step.substring(step.lastIndexOf('/') + 1) : step.replaceAll("=.*", ""), cpuMillis() - cpu,
                    (System.nanoTime() - wall) / 1_000_000));
        }
        System.out.println(line.toString().strip());
    }

    /** The trust store the JDK's default trust manager reads (its {@code TrustStoreManager}'s rules, no jssecacerts). */
    private static KeyStore defaultTrustStore() throws Exception {
        String file = System.getProperty("javax.net.ssl.trustStore",
                Path.of(System.getProperty("java.home"), "lib", "security", "cacerts").toString());
        String password = System.getProperty("javax.net.ssl.trustStorePassword");
        KeyStore store = KeyStore.getInstance(System.getProperty("javax.net.ssl.trustStoreType", KeyStore.getDefaultType()));
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            store.load(in, password == null ? null : password.toCharArray());
        }
        return store;
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
