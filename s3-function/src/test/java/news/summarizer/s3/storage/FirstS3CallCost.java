package news.summarizer.s3.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.summarizer.testing.LocalS3;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A benchmark main, not a test: what the S3 function's S3 client costs on a cold start, piece by piece, in fresh JVMs
 * with the {@code java21} runtime's flags ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), as the CPU time of the
 * whole process (JIT and GC included) and the classes loaded: building the client, then the first event's calls in
 * the function's order (HEAD of a result that does not exist yet, GET of the article, PUT of the summary) and one more
 * HEAD (what a call costs once the first is done). The server is S3Proxy in this JVM; every measurement is a JVM of its
 * own whose class path is an unpacked {@code function.zip} (its jars, so that class-path scans cost what they cost on
 * Lambda) plus the test classes, and whose environment is Lambda's (region, credentials, an endpoint for the local
 * server). What the function has loaded before its first S3 call anyway (Jackson, the default TLS context) is loaded
 * before the clock starts.
 *
 * <pre>java -cp ... news.summarizer.s3.storage.FirstS3CallCost rounds unpacked-function-dir variant...</pre>
 *
 * A variant is {@code +}-joined options: for the SDK's client {@code region}, {@code env-credentials},
 * {@code when-required}, {@code endpoint-override} (see {@code Child.build}) and {@code sdk-checksums} (the SDK's default
 * checksums, as on AWS: the environment does not turn them off); {@code pieces} (the SDK's pieces timed one by one
 * first); {@code signed} (the function's {@code SignedS3Client}) or {@code own} (a sketch of such a client); any other
 * word, e.g. {@code base}, adds nothing. {@code variant@dir} runs it on another unpacked function.zip (the base build's
 * for the SDK). {@code -Dcost.endpoint=http://127.0.0.1:PORT} uses a server of one's own (moto_server takes the SDK's
 * default checksums) instead of S3Proxy in this JVM. The rounds alternate the variants. Prints, per variant, the median
 * and the range of each step.
 */
public final class FirstS3CallCost {

    private static final String BUCKET = "artikel-eingang";
    private static final String ARTICLE = "incoming/cost/article-1.txt";
    private static final List<String> STEPS = List.of("build", "head 404", "get", "put", "head 200");

    private FirstS3CallCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Path function = Path.of(args[1]).toAbsolutePath();
        List<String> variants = Arrays.asList(args).subList(2, args.length);
        Path testClasses = Path.of(FirstS3CallCost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, List<long[]>> results = new LinkedHashMap<>();
        // -Dcost.endpoint=http://127.0.0.1:PORT: another S3-compatible server (moto_server takes the SDK's default
        // checksums, S3Proxy answers 501 to them), else S3Proxy in this JVM
        String external = System.getProperty("cost.endpoint");
        try (LocalS3 s3 = external == null ? LocalS3.start(BUCKET, false, store -> store) : null) {
            String endpoint = external == null ? s3.endpoint() : external;
            try (S3Client client = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.EU_CENTRAL_1)
                    .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).forcePathStyle(true).build()) {
                if (external != null) {
                    try {
                        client.createBucket(b -> b.bucket(BUCKET).createBucketConfiguration(c -> c.locationConstraint("eu-central-1")));
                    } catch (software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException e) {
                        // a server of one's own, kept from an earlier run
                    }
                }
                client.putObject(put -> put.bucket(BUCKET).key(ARTICLE).contentType("text/plain; charset=utf-8"),
                        RequestBody.fromString("Ein Artikel über eine Brücke in Görlitz. ".repeat(80), StandardCharsets.UTF_8));
            }
            for (int round = 0; round < rounds; round++) {
                for (String variant : variants) {
                    // "variant@dir": this variant on another unpacked function.zip (e.g. the base build's, for the SDK)
                    Path dir = variant.contains("@") ? Path.of(variant.substring(variant.indexOf('@') + 1)) : function;
                    String classPath = dir + File.pathSeparator + dir.resolve("lib") + File.separator + "*"
                            + File.pathSeparator + testClasses;
                    long[] figures = runChild(classPath, variant.contains("@") ? variant.substring(0, variant.indexOf('@')) : variant, endpoint);
                    results.computeIfAbsent(variant, v -> new ArrayList<>()).add(figures);
                }
            }
        }
        System.out.printf("%-40s %s%n", "variant (median ms CPU [min-max]; classes)", STEPS);
        for (Map.Entry<String, List<long[]>> variant : results.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-40s", variant.getKey()));
            for (int step = 0; step < STEPS.size(); step++) {
                int s = step;
                long[] cpu = variant.getValue().stream().mapToLong(f -> f[s]).sorted().toArray();
                long[] classes = variant.getValue().stream().mapToLong(f -> f[STEPS.size() + s]).sorted().toArray();
                line.append(String.format(" | %4d [%d-%d] %5d", cpu[cpu.length / 2], cpu[0], cpu[cpu.length - 1],
                        classes[classes.length / 2]));
            }
            long[] totals = variant.getValue().stream().mapToLong(f -> f[0] + f[1] + f[2] + f[3]).sorted().toArray();
            line.append(String.format(" | first event total %d [%d-%d]", totals[totals.length / 2], totals[0],
                    totals[totals.length - 1]));
            System.out.println(line);
        }
    }

    private static long[] runChild(String classPath, String variant, String endpoint) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(Arrays.asList(System.getProperty("cost.jvm", "").split(" ")).stream().filter(o -> !o.isBlank()).toList());
        command.addAll(List.of("-cp", classPath, Child.class.getName(), variant, BUCKET));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        // what Lambda sets (AWS_SESSION_TOKEN: the role's temporary credentials), plus the local server
        environment.putAll(Map.of("AWS_REGION", "eu-central-1", "AWS_DEFAULT_REGION", "eu-central-1",
                "AWS_ACCESS_KEY_ID", LocalS3.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", LocalS3.SECRET_KEY,
                "AWS_SESSION_TOKEN", "session-token", "AWS_ENDPOINT_URL_S3", endpoint));
        if (!Set.of(variant.split("\\+")).contains("sdk-checksums")) {
            // as the benchmark and the tests run the function: S3Proxy predates the SDK's default CRC checksums
            environment.putAll(Map.of("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required",
                    "AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required"));
        }
        Process process = builder.start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("PIECE ")) {
                    System.out.println(variant + ": " + line);
                }
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException(variant + " failed:\n" + output);
        }
        System.out.println(variant + ": " + result);
        return Arrays.stream(result.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    /** One measurement in a JVM of its own (it loads nothing of the server's: S3Proxy is not on its class path). */
    static final class Child {

        /** The steps of {@link FirstS3CallCost#STEPS} (not referenced: that would load the server's classes here). */
        private static final int STEP_COUNT = 5;

        private Child() {
        }

        /**
         * The SDK's client as the function built it (URLConnection client, standard chains, path style for the local
         * server), with options: {@code region} (from AWS_REGION), {@code env-credentials}, {@code when-required} (in
         * code), {@code endpoint-override} (instead of the endpoint setting).
         */
        static S3Client build(String variant) {
            Set<String> options = Set.of(variant.split("\\+"));
            S3ClientBuilder builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).forcePathStyle(true);
            if (options.contains("region")) {
                builder.region(Region.of(System.getenv("AWS_REGION")));
            }
            if (options.contains("env-credentials")) {
                builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
            }
            if (options.contains("when-required")) {
                builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            }
            if (options.contains("endpoint-override")) {
                builder.endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_S3")));
            }
            return builder.build();
        }

        public static void main(String[] args) throws Exception {
            String variant = args[0];
            String bucket = args[1];
            new ObjectMapper().readTree("{\"loaded\": [true]}");
            javax.net.ssl.SSLContext.getDefault();
            if (Set.of(variant.split("\\+")).contains("pieces")) {
                pieces(bucket);
            }
            long[] cpu = new long[STEP_COUNT + 1];
            long[] classes = new long[STEP_COUNT + 1];
            String summary = "summaries/cost/" + java.util.UUID.randomUUID() + ".json";
            mark(cpu, classes, 0);
            Set<String> options = Set.of(variant.split("\\+"));
            try (Calls client = options.contains("own") ? new OwnCalls(bucket)
                    : options.contains("signed") ? new SignedCalls(bucket) : new SdkCalls(build(variant), bucket)) {
                mark(cpu, classes, 1);
                if (client.head(summary) != -1) {
                    throw new IllegalStateException("HEAD of a missing key answered 200");
                }
                mark(cpu, classes, 2);
                byte[] article = client.get(ARTICLE);
                mark(cpu, classes, 3);
                byte[] json = ("{\"summary\": \"" + article.length + "\"}").getBytes(StandardCharsets.UTF_8);
                client.put(summary, json, Map.of("source-etag", "abc"));
                mark(cpu, classes, 4);
                long length = client.head(summary);
                mark(cpu, classes, 5);
                if (length != json.length) {
                    throw new IllegalStateException("stored " + length + " bytes, sent " + json.length);
                }
            }
            StringBuilder result = new StringBuilder("RESULT");
            for (int step = 1; step <= STEP_COUNT; step++) {
                result.append(' ').append(cpu[step] - cpu[step - 1]);
            }
            for (int step = 1; step <= STEP_COUNT; step++) {
                result.append(' ').append(classes[step] - classes[step - 1]);
            }
            System.out.println(result);
        }

        /** The function's calls: HEAD (the length, -1 for 404), GET, PUT of JSON with user metadata. */
        interface Calls extends AutoCloseable {
            long head(String key) throws Exception;

            byte[] get(String key) throws Exception;

            void put(String key, byte[] json, Map<String, String> metadata) throws Exception;
        }

        /** Through the SDK's S3 client, as {@code ObjectStore} makes them. */
        record SdkCalls(S3Client client, String bucket) implements Calls {
            @Override
            public long head(String key) {
                try {
                    return client.headObject(b -> b.bucket(bucket).key(key)).contentLength();
                } catch (S3Exception e) {
                    if (e.statusCode() != 404) {
                        throw e;
                    }
                    return -1;
                }
            }

            @Override
            public byte[] get(String key) throws Exception {
                try (ResponseInputStream<GetObjectResponse> in = client.getObject(b -> b.bucket(bucket).key(key))) {
                    return in.readAllBytes();
                }
            }

            @Override
            public void put(String key, byte[] json, Map<String, String> metadata) {
                client.putObject(b -> b.bucket(bucket).key(key).contentType("application/json; charset=utf-8").metadata(metadata),
                        RequestBody.fromBytes(json));
            }

            @Override
            public void close() {
                client.close();
            }
        }

        /** Option {@code signed}: the function's client ({@code SignedS3Client}), its calls as {@code ObjectStore} makes them. */
        static final class SignedCalls implements Calls {
            private final news.summarizer.aws.s3.SignedS3Client client = news.summarizer.aws.s3.SignedS3Client.fromEnvironment(true);
            private final String bucket;

            SignedCalls(String bucket) {
                this.bucket = bucket;
            }

            @Override
            public long head(String key) throws Exception {
                var answer = client.head(bucket, key, null);
                return answer.status() == 404 ? -1 : answer.contentLength();
            }

            @Override
            public byte[] get(String key) throws Exception {
                return client.get(bucket, key, null, 1_000_000).body();
            }

            @Override
            public void put(String key, byte[] json, Map<String, String> metadata) throws Exception {
                var answer = client.put(bucket, key, json, "application/json; charset=utf-8", metadata);
                if (!answer.ok()) {
                    throw new IllegalStateException("PUT " + answer.reason());
                }
            }

            @Override
            public void close() {
                client.close();
            }
        }

        /**
         * Option {@code own}: the same calls as SigV4-signed REST requests from the SDK's pieces (credentials chain,
         * region chain, signer, URLConnection client), path-style against AWS_ENDPOINT_URL_S3 (enough to measure; no
         * key escaping, no retries, no endpoint resolution for AWS).
         */
        static final class OwnCalls implements Calls {
            private final software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials =
                    software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.create();
            private final String region = new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion().id();
            private final software.amazon.awssdk.http.SdkHttpClient http = UrlConnectionHttpClient.builder().build();
            private final String bucketUri;

            OwnCalls(String bucket) {
                this.bucketUri = System.getenv("AWS_ENDPOINT_URL_S3") + "/" + bucket;
            }

            @Override
            public long head(String key) throws Exception {
                var answer = call(software.amazon.awssdk.http.SdkHttpMethod.HEAD, key, null, Map.of());
                if (answer.httpResponse().statusCode() == 404) {
                    return -1;
                }
                return Long.parseLong(answer.httpResponse().firstMatchingHeader("Content-Length").orElseThrow());
            }

            @Override
            public byte[] get(String key) throws Exception {
                var answer = call(software.amazon.awssdk.http.SdkHttpMethod.GET, key, null, Map.of());
                try (var in = answer.responseBody().orElseThrow()) {
                    return in.readAllBytes();
                }
            }

            @Override
            public void put(String key, byte[] json, Map<String, String> metadata) throws Exception {
                Map<String, String> headers = new java.util.HashMap<>();
                headers.put("Content-Type", "application/json; charset=utf-8");
                metadata.forEach((name, value) -> headers.put("x-amz-meta-" + name, value));
                var answer = call(software.amazon.awssdk.http.SdkHttpMethod.PUT, key, json, headers);
                if (answer.httpResponse().statusCode() != 200) {
                    throw new IllegalStateException("PUT answered " + answer.httpResponse().statusCode());
                }
                if (answer.responseBody().isPresent()) {
                    answer.responseBody().get().close();
                }
            }

            private software.amazon.awssdk.http.HttpExecuteResponse call(software.amazon.awssdk.http.SdkHttpMethod method, String key,
                    byte[] body, Map<String, String> headers) throws Exception {
                byte[] payload = body == null ? new byte[0] : body;
                var request = software.amazon.awssdk.http.SdkHttpRequest.builder().method(method)
                        .uri(URI.create(bucketUri + "/" + key))
                        .putHeader("x-amz-content-sha256", java.util.HexFormat.of().formatHex(
                                java.security.MessageDigest.getInstance("SHA-256").digest(payload)));
                headers.forEach(request::putHeader);
                if (body != null) {
                    request.putHeader("Content-Length", Integer.toString(payload.length));
                }
                var signed = software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.create().sign(sign -> sign
                        .identity(credentials.resolveCredentials())
                        .request(request.build())
                        .payload(body == null ? null : software.amazon.awssdk.http.ContentStreamProvider.fromByteArray(payload))
                        .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.NORMALIZE_PATH, false));
                return http.prepareRequest(software.amazon.awssdk.http.HttpExecuteRequest.builder().request(signed.request())
                        .contentStreamProvider(signed.payload().orElse(null)).build()).call();
            }

            @Override
            public void close() {
                http.close();
            }
        }

        /**
         * Option {@code pieces}: what the client's build and first call do, one piece at a time before the clock starts,
         * each printed with its CPU time (in this order; a later piece finds the classes of the earlier ones loaded).
         */
        private static void pieces(String bucket) throws Exception {
            Map<String, java.util.concurrent.Callable<Object>> pieces = new LinkedHashMap<>();
            pieces.put("signing region: ServiceMetadata.of(s3)", () -> software.amazon.awssdk.regions.ServiceMetadata.of("s3")
                    .signingRegion(Region.of(System.getenv("AWS_REGION"))));
            pieces.put("region chain", () -> new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion());
            pieces.put("region metadata", () -> Region.of(System.getenv("AWS_REGION")).metadata());
            pieces.put("profile file", () -> software.amazon.awssdk.profiles.ProfileFile.defaultProfileFile());
            pieces.put("credentials chain, resolved", () -> software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.create()
                    .resolveCredentials());
            pieces.put("interceptor scan (class path)", () -> new software.amazon.awssdk.core.interceptor.ClasspathInterceptorChainFactory()
                    .getInterceptors("software/amazon/awssdk/services/s3/execution.interceptors"));
            pieces.put("url-connection client", () -> UrlConnectionHttpClient.builder().build());
            pieces.put("endpoint rules: first resolution", () -> software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider
                    .defaultProvider().resolveEndpoint(p -> p.bucket(bucket).region(Region.of(System.getenv("AWS_REGION")))
                            .forcePathStyle(true).endpoint(System.getenv("AWS_ENDPOINT_URL_S3"))).join());
            for (Map.Entry<String, java.util.concurrent.Callable<Object>> piece : pieces.entrySet()) {
                long[] cpu = new long[2];
                long[] classes = new long[2];
                mark(cpu, classes, 0);
                piece.getValue().call();
                mark(cpu, classes, 1);
                System.out.printf("PIECE %s: %d ms, %d classes%n", piece.getKey(), cpu[1] - cpu[0], classes[1] - classes[0]);
            }
        }

        private static void mark(long[] cpu, long[] classes, int step) {
            cpu[step] = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000;
            classes[step] = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        }
    }
}
