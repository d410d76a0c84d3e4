package news.summarizer.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import news.summarizer.testing.DeployedJvmOptions;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.LambdaRuntime;
import news.summarizer.testing.LocalS3;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A benchmark main, not a test: one cold start of a packaged function.zip under AWS's runtime interface client (as
 * {@link ColdStartBenchmark} runs it), with JVM options of one's own for the function (e.g. a class-load log or a
 * Flight Recording), and the moment its init phase ended, to split what the log shows into init and first request.
 *
 * <pre>java -cp ... news.summarizer.http.ColdStartTrace http|s3|offline|hello function.zip ric-dir out-dir [jvm options]</pre>
 *
 * {@code -Dtrace.env=NAME=value,…} adds settings of one's own; {@code -Dtrace.tls=true} serves the model over https as
 * {@link ColdStartBenchmark} does ({@link BenchmarkTls}); {@code -Dlambda.classpath=flat} starts the function with
 * its jars on the JVM's class path instead of the runtime's class loader (see {@link LambdaRuntime}). Writes {@code out-dir/function.log} and {@code out-dir/phases.txt} (init and first request in ms since the start,
 * wall and CPU); a {@code -Xlog:class+load:file=out-dir/classes.log:uptime} among the options gives each class's load
 * time, and with {@code :timemillis} instead of {@code :uptime} on the wall clock that the last figure of
 * {@code phases.txt} (when the init phase ended, ms since the epoch) is given in.
 */
public final class ColdStartTrace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ColdStartTrace() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path zip = Path.of(args[1]).toAbsolutePath();
        Path ric = Path.of(args[2]).toAbsolutePath();
        Path out = Files.createDirectories(Path.of(args[3]).toAbsolutePath());
        String options = String.join(" ", Arrays.copyOfRange(args, 4, args.length));
        String article = TestArticles.text(TestArticles.ODER_BRIDGE);
        // -Dtrace.tls=true: the model over https, as in ColdStartBenchmark (the function trusts its throw-away key)
        BenchmarkTls tls = Boolean.getBoolean("trace.tls") ? BenchmarkTls.create(Files.createTempDirectory("trace-tls")) : null;
        if (tls != null) {
            options = (options + " " + tls.jvmOptions()).strip();
        }
        try (FakeOpenAiServer model = tls == null ? FakeOpenAiServer.start() : FakeOpenAiServer.startTls(tls.serverContext());
             LocalS3 s3 = kind.equals("s3") ? LocalS3.start("artikel-eingang", false, store -> store) : null) {
            model.answerAlways(Reply.content(ModelAnswers.oderBridge().toString()));
            Map<String, String> environment = new LinkedHashMap<>();
            if (kind.equals("offline")) {
                environment.put("SUMMARIZER_PROVIDER", "offline");
            } else {
                environment.putAll(Map.of("SUMMARIZER_PROVIDER", "openai",
                        "SUMMARIZER_OPENAI_BASE_URL", model.baseUrl(), "SUMMARIZER_OPENAI_API_KEY", "bench"));
            }
            String event;
            if (kind.equals("s3")) {
                environment.putAll(Map.of("AWS_ENDPOINT_URL_S3", s3.endpoint(), "AWS_REGION", "eu-central-1",
                        "AWS_ACCESS_KEY_ID", LocalS3.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", LocalS3.SECRET_KEY,
                        "AWS_REQUEST_CHECKSUM_CALCULATION", "when_required",
                        "AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required", "SUMMARIZER_S3_PATH_STYLE", "true"));
                String key = "incoming/trace/article-1.txt";
                s3.client().putObject(put -> put.bucket("artikel-eingang").key(key).contentType("text/plain; charset=utf-8"),
                        RequestBody.fromString(article, StandardCharsets.UTF_8));
                ObjectNode template = read("s3-put.json");
                ObjectNode object = (ObjectNode) template.path("Records").get(0).path("s3");
                ((ObjectNode) object.path("bucket")).put("name", "artikel-eingang").put("arn", "arn:aws:s3:::artikel-eingang");
                ((ObjectNode) object.path("object")).put("key", key).put("size", article.getBytes(StandardCharsets.UTF_8).length);
                event = template.toString();
            } else if (kind.equals("hello")) {
                ObjectNode get = read("http-api-post.json");
                get.put("routeKey", "GET /hello").put("rawPath", "/hello").remove("body");
                ((ObjectNode) get.get("requestContext")).put("routeKey", "GET /hello");
                ((ObjectNode) get.get("requestContext").get("http")).put("method", "GET").put("path", "/hello");
                ((ObjectNode) get.get("headers")).remove(List.of("content-length", "content-type"));
                event = get.toString();
            } else {
                ObjectNode post = read("http-api-post.json");
                ((ObjectNode) post.get("headers")).remove("content-length");
                event = post.put("body", article).toString();
            }
            // -Dtrace.class-list=FILE: writes the classes the first request still loads after the preload, run from a copy
            // of the package without its list, as the function module's cold-start/first-request-classes.txt (see
            // FirstRequestClasses; the model over https: -Dtrace.tls=true)
            String classList = System.getProperty("trace.class-list", "");
            Path classLog = out.resolve("class-list.log");
            if (!classList.isBlank()) {
                options = (options + " -Xlog:class+load:file=" + classLog + ":timemillis").strip();
                zip = withoutEntry(zip, "cold-start/first-request-classes.txt", out.resolve("function-without-list.zip"));
            }
            if (!options.isBlank()) {
                environment.put("JAVA_TOOL_OPTIONS", options);
            }
            // -Dtrace.env=NAME=value,NAME=value: settings of one's own, e.g. SUMMARIZER_MODEL_WARM_UP=preload
            for (String setting : System.getProperty("trace.env", "").split(",")) {
                if (setting.contains("=")) {
                    environment.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
                }
            }
            Path work = Files.createTempDirectory("cold-trace");
            // ours as deployed (the template's JVM options; -Dtrace.deployed-options=false: the runtime's defaults only)
            Map<String, String> started = kind.equals("hello") || !Boolean.parseBoolean(System.getProperty("trace.deployed-options", "true"))
                    ? environment : DeployedJvmOptions.with(environment);
            try (LambdaRuntime lambda = LambdaRuntime.start(zip, ric, started, work)) {
                String response = lambda.invoke(event, Duration.ofSeconds(120));
                long total = lambda.millisSinceStart();
                long cpu = lambda.cpuMillis();
                // the end of the init phase on the wall clock, for a log with the timemillis decorator
                long initEnd = System.currentTimeMillis() - total + lambda.initMillis();
                String phases = String.format("init %d ms (CPU %d ms), first request %d ms (CPU %d ms), total %d ms (CPU %d ms), init ended at %d%n",
                        lambda.initMillis(), lambda.initCpuMillis(), total - lambda.initMillis(),
                        cpu - lambda.initCpuMillis(), total, cpu, initEnd);
                Files.writeString(out.resolve("phases.txt"), phases);
                System.out.print(phases);
                System.out.println(response.length() > 300 ? response.substring(0, 300) + "…" : response);
                Thread.sleep(300);
                Files.writeString(out.resolve("function.log"), lambda.log());
                if (!classList.isBlank()) {
                    writeClassList(classLog, initEnd, Path.of(classList), kind);
                }
            }
        }
    }

    /** A copy of the zip without one entry. */
    private static Path withoutEntry(Path zip, String entry, Path copy) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream to = new ZipOutputStream(Files.newOutputStream(copy))) {
            Set<String> copied = new HashSet<>();
            for (ZipEntry next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
                // Quarkus's function.zip repeats some directory entries
                if (!next.getName().equals(entry) && copied.add(next.getName())) {
                    to.putNextEntry(new ZipEntry(next.getName()));
                    in.transferTo(to);
                    to.closeEntry();
                }
            }
        }
        return copy;
    }

    /** A class-load log line: wall-clock time, class name, where the class came from. */
    private static final Pattern LOADED =
            Pattern.compile("^\\[(\\d+)ms\\] (\\S+) source: (\\S+)");

    /**
     * The named classes loaded after init, from a jar or the JDK: not the classes the JVM spins at run time (lambdas,
     * reflection accessors, proxies), whose names differ from run to run.
     */
    private static void writeClassList(Path classLog, long initEnd, Path list, String kind) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(classLog)) {
            Matcher loaded = LOADED.matcher(line);
            if (loaded.find() && Long.parseLong(loaded.group(1)) >= initEnd
                    && (loaded.group(3).startsWith("file:") || loaded.group(3).startsWith("jrt:"))) {
                names.add(loaded.group(2));
            }
        }
        List<String> lines = new ArrayList<>(List.of(
                "# The classes a cold start's first request loads after the preload's own loads, in load order: loaded and",
                "# linked ahead by the preload (news.summarizer.core.FirstRequestClasses). Written by ColdStartTrace"
                        + " -Dtrace.class-list (" + kind + "; see docs/performance.md); a stale list costs speed only."));
        lines.addAll(names.stream().distinct().toList());
        Files.createDirectories(list.toAbsolutePath().getParent());
        Files.write(list, lines);
        System.out.println(names.size() + " classes written to " + list);
    }

    private static ObjectNode read(String event) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "events", event))) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
