package news.summarizer.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import news.summarizer.testing.DeployedJvmOptions;
import news.summarizer.testing.FakeOpenAiServer;
import news.summarizer.testing.FakeOpenAiServer.Reply;
import news.summarizer.testing.LambdaRuntime;
import news.summarizer.testing.LocalS3;
import news.summarizer.testing.ModelAnswers;
import news.summarizer.testing.TestArticles;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Prints figures, asserts nothing; not part of the test run. Cold start to first answer of our function.zip
 * (provider {@code openai} against an instant fake model, and {@code offline}; every request an article of its own,
 * numbered in its last line, as a new article would be) next to a bare Quarkus lambda-http
 * "hello" (REST + Jackson, one resource) that it builds itself from {@code src/test/resources/bare-hello} under
 * {@code target/bare-hello}. All variants run alternately in one run, the order rotating every round, under AWS's runtime
 * interface client with the java21 runtime's JVM defaults, so load from other processes hits all of them alike;
 * medians of {@code bench.rounds} (default 5) cold starts, wall clock and the function JVM's CPU time up to the first
 * answer (CPU time hardly depends on other load on a shared machine), and the same split at the function's first
 * request for an event into init phase and first request. Then all variants run side by side for 100 requests each,
 * alternating, for the warm request time (p50 and p90 of requests 21 to 100) and the peak resident memory.
 * {@code -Dbench.compare.zip=<another function.zip>} runs a second build of ours as variants "(B)" in the same rounds.
 * {@code -Dbench.s3.zip=../s3-function/target/function.zip} (package the S3 function first) adds the S3 function with
 * the same model, each invocation an S3 event for an article of its own on a local S3-compatible server (S3Proxy);
 * {@code -Dbench.compare.s3.zip} another build of it as "s3 openai (B)". {@code -Dbench.warm-up=preload} runs our
 * openai variants (not the "(B)" ones) with {@code SUMMARIZER_MODEL_WARM_UP=preload}. The model is reached over
 * {@code https} (a throw-away key for 127.0.0.1, trusted by every variant's JVM beside the JDK's CA certificates:
 * {@link BenchmarkTls}), as a provider is on AWS; {@code -Dbench.model.tls=false} serves it over plain HTTP.
 * {@code -Dbench.model.delay-ms=800} adds a second warm phase after the first, in the same JVMs, with the model
 * answering after that long, as a real one does: while the model is instant the article's reading (which runs beside
 * the model call) is the longer branch of a request and counts in full; with a real model's time it is hidden, and
 * what is left is what a caller waits beyond the model's own time. Both figures are printed, the instant one first.
 * {@code -Dbench.cold.model.delay-ms=1000} does the same for the cold starts: their model answers after that long,
 * the time the server held each first request is taken off its cold start, and a second table gives the cold starts
 * beyond the model's own time (the first request's reading, which the instant model leaves on the critical path, then
 * runs while the model works, as it does with a real model); the warm phases keep their own model settings.
 *
 * <pre>./mvnw -B verify -pl http-function -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ColdStartBenchmark</pre>
 */
class ColdStartBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS_FOR_MEMORY = Integer.getInteger("bench.requests", 100);
    /** Warm requests not timed: the JIT is still compiling the request path. */
    private static final int WARM_UP_REQUESTS = 20;
    /** {@code -Dbench.model.delay-ms}: a second warm phase with a model that takes this long per answer (0: none). */
    private static final long MODEL_DELAY_MS = Long.getLong("bench.model.delay-ms", 0);
    /** {@code -Dbench.model.delay.requests}: timed requests per variant in that phase. */
    private static final int SLOW_MODEL_REQUESTS = Integer.getInteger("bench.model.delay.requests", 40);
    private static final int SLOW_BLOCK = 40;
    /** {@code -Dbench.cold.model.delay-ms}: the cold starts' model answers after this long (0: at once). */
    private static final long COLD_MODEL_DELAY_MS = Long.getLong("bench.cold.model.delay-ms", 0);

    /** {@code event} gives the event of each invocation (the S3 function's need an object of their own). */
    private record Variant(String name, Path zip, Map<String, String> environment, Supplier<String> event) {

        Variant(String name, Path zip, Map<String, String> environment, String event) {
            this(name, zip, environment, () -> event);
        }

        boolean http() {
            return !name.startsWith("s3 ");
        }
    }

    @Test
    void benchmark() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        Path ric = Path.of(System.getProperty("lambda.ric.dir"));
        Path ours = Path.of(System.getProperty("function.zip"));
        Path bare = buildBareHello();
        String s3Zip = System.getProperty("bench.s3.zip", "");
        String s3CompareZip = System.getProperty("bench.compare.s3.zip", "");
        BenchmarkTls tls = Boolean.parseBoolean(System.getProperty("bench.model.tls", "true"))
                ? BenchmarkTls.create(Files.createTempDirectory("bench-tls")) : null;
        try (FakeOpenAiServer model = tls == null ? FakeOpenAiServer.start() : FakeOpenAiServer.startTls(tls.serverContext());
             LocalS3 s3 = s3Zip.isBlank() && s3CompareZip.isBlank() ? null : LocalS3.start(BUCKET, false, store -> store)) {
            Reply answer = Reply.content(ModelAnswers.oderBridge().toString());
            model.answerAlways(answer);
            System.out.println("model: " + model.baseUrl());
            // Every request brings an article of its own (a numbered last line): the same text twice in a row would
            // reuse the last article's part-of-speech tags and names, per thread, which no real request can.
            String text = TestArticles.text(TestArticles.ODER_BRIDGE);
            ObjectNode post = summariesEvent();
            Supplier<String> article = () -> post.deepCopy().put("body", numbered(text)).toString();
            Map<String, String> openai = Map.of("SUMMARIZER_PROVIDER", "openai",
                    "SUMMARIZER_OPENAI_BASE_URL", model.baseUrl(), "SUMMARIZER_OPENAI_API_KEY", "bench");
            Map<String, String> offline = Map.of("SUMMARIZER_PROVIDER", "offline");
            // -Dbench.warm-up=preload: our builds (not the "(B)" ones, which may not know the value) with that setting
            String warmUp = System.getProperty("bench.warm-up", "");
            Map<String, String> openaiOurs = new LinkedHashMap<>(openai);
            if (!warmUp.isBlank()) {
                openaiOurs.put("SUMMARIZER_MODEL_WARM_UP", warmUp);
                System.out.println("openai, s3 openai: SUMMARIZER_MODEL_WARM_UP=" + warmUp);
            }
            // Our functions run with the JVM options they are deployed with (the template's JAVA_TOOL_OPTIONS), the
            // bare hello with the runtime's defaults, as a function deployed without any would
            // (-Dbench.hello.deployed-options=true gives it ours too, to see what they do for any Quarkus function);
            // the "(B)" builds with -Dbench.compare.java-tool-options when given (e.g. the template's before a change).
            String deployed = DeployedJvmOptions.fromTemplate();
            String compareOptions = System.getProperty("bench.compare.java-tool-options", deployed);
            Map<String, String> hello = Boolean.getBoolean("bench.hello.deployed-options")
                    ? withOptions(Map.of(), deployed) : Map.of();
            System.out.println("JAVA_TOOL_OPTIONS: ours " + deployed + "; (B) " + compareOptions
                    + "; hello " + hello.getOrDefault("JAVA_TOOL_OPTIONS", "(runtime defaults)"));
            List<Variant> variants = new ArrayList<>(List.of(
                    new Variant("bare hello", bare, hello, helloEvent()),
                    new Variant("openai", ours, withOptions(openaiOurs, deployed), article),
                    new Variant("offline", ours, withOptions(offline, deployed), article)));
            // Another build of ours (e.g. of an earlier commit) in the same run: a before/after under the same load.
            String compare = System.getProperty("bench.compare.zip", "");
            if (!compare.isBlank()) {
                Path other = Path.of(compare).toAbsolutePath();
                variants.add(new Variant("openai (B)", other, withOptions(openai, compareOptions), article));
                variants.add(new Variant("offline (B)", other, withOptions(offline, compareOptions), article));
                System.out.println("(B) = " + other);
            }
            // The S3 function (-Dbench.s3.zip=../s3-function/target/function.zip, after packaging it) with the same
            // model, reading each article from a local S3-compatible server and writing its summary there.
            if (!s3Zip.isBlank()) {
                variants.add(s3Variant("s3 openai", Path.of(s3Zip).toAbsolutePath(), s3, withOptions(openaiOurs, deployed), text));
            }
            if (!s3CompareZip.isBlank()) {
                variants.add(s3Variant("s3 openai (B)", Path.of(s3CompareZip).toAbsolutePath(), s3,
                        withOptions(openai, compareOptions), text));
                System.out.println("s3 (B) = " + Path.of(s3CompareZip).toAbsolutePath());
            }

            Map<String, List<Long>> cold = new LinkedHashMap<>();
            Map<String, List<Long>> cpu = new LinkedHashMap<>();
            Map<String, List<Long>> init = new LinkedHashMap<>();
            Map<String, List<Long>> initCpu = new LinkedHashMap<>();
            // what the model server held each cold start's requests (0 for the variants that call no model)
            Map<String, List<Long>> coldHeld = new LinkedHashMap<>();
            variants.forEach(variant -> {
                coldHeld.put(variant.name(), new ArrayList<>());
                cold.put(variant.name(), new ArrayList<>());
                cpu.put(variant.name(), new ArrayList<>());
                init.put(variant.name(), new ArrayList<>());
                initCpu.put(variant.name(), new ArrayList<>());
            });
            if (COLD_MODEL_DELAY_MS > 0) {
                model.answerAlways(answer.delayedBy(Duration.ofMillis(COLD_MODEL_DELAY_MS)));
            }
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < variants.size(); i++) {
                    Variant variant = variants.get((i + round) % variants.size());
                    Path work = Files.createTempDirectory("cold-start");
                    try (LambdaRuntime lambda = LambdaRuntime.start(variant.zip(), ric, trusting(variant.environment(), tls), work)) {
                        int answered = model.heldNanos().size();
                        check(lambda, variant, lambda.invoke(variant.event().get(), Duration.ofSeconds(120)), s3);
                        coldHeld.get(variant.name()).add(heldSince(model, answered, calls(variant)) / 1_000_000);
                        cold.get(variant.name()).add(lambda.millisSinceStart());
                        cpu.get(variant.name()).add(lambda.cpuMillis());
                        init.get(variant.name()).add(lambda.initMillis());
                        initCpu.get(variant.name()).add(lambda.initCpuMillis());
                    } finally {
                        delete(work);
                    }
                }
            }
            model.answerAlways(answer);
            // Warm requests: every variant's JVM runs at the same time and the requests alternate between them, so a
            // change of load on the machine hits all of them alike; the first requests (interpreter, C1) are left out.
            String jfr = System.getProperty("bench.jfr", "");
            if (!jfr.isBlank()) {
                Files.createDirectories(Path.of(jfr)); // else the JVMs cannot write their recordings and fail to start
            }
            Map<String, Long> peak = new LinkedHashMap<>();
            Map<String, List<Long>> warm = new LinkedHashMap<>();
            // CPU time of each JVM over the timed requests: unlike their wall time, hardly touched by other load
            Map<String, Long> warmCpu = new LinkedHashMap<>();
            List<LambdaRuntime> running = new ArrayList<>();
            List<Path> works = new ArrayList<>();
            try {
                for (Variant variant : variants) {
                    Path work = Files.createTempDirectory("cold-start");
                    works.add(work);
                    running.add(LambdaRuntime.start(variant.zip(), ric, trusting(profiled(variant, jfr), tls), work));
                    warm.put(variant.name(), new ArrayList<>());
                }
                for (int request = 0; request < REQUESTS_FOR_MEMORY; request++) {
                    if (request == WARM_UP_REQUESTS) {
                        for (int i = 0; i < variants.size(); i++) {
                            warmCpu.put(variants.get(i).name(), -running.get(i).cpuMillis());
                        }
                    }
                    for (int i = 0; i < variants.size(); i++) {
                        Variant variant = variants.get((i + request) % variants.size());
                        LambdaRuntime lambda = running.get(variants.indexOf(variant));
                        String event = variant.event().get();
                        long sent = System.nanoTime();
                        String response = lambda.invoke(event, Duration.ofSeconds(120));
                        if (request >= WARM_UP_REQUESTS) {
                            warm.get(variant.name()).add((System.nanoTime() - sent) / 100_000);
                        }
                        check(lambda, variant, response, s3);
                    }
                }
                for (int i = 0; i < variants.size(); i++) {
                    peak.put(variants.get(i).name(), running.get(i).peakResidentKib());
                    warmCpu.merge(variants.get(i).name(), running.get(i).cpuMillis(), Long::sum);
                }
                if (MODEL_DELAY_MS > 0) {
                    model.answerAlways(answer.delayedBy(Duration.ofMillis(MODEL_DELAY_MS)));
                    warmWithSlowModel(variants, running, s3, model);
                }
            } finally {
                running.forEach(LambdaRuntime::close);
                for (Path work : works) {
                    delete(work);
                }
            }
            print(variants, cold, cpu, peak, rounds);
            printPhases(variants, cold, cpu, init, initCpu);
            if (COLD_MODEL_DELAY_MS > 0) {
                printBeyondModel(variants, cold, init, coldHeld);
            }
            printWarm(variants, warm, warmCpu);
        }
    }

    /**
     * The same warm JVMs once more, the model now answering after {@link #MODEL_DELAY_MS} (a real model takes seconds;
     * the instant one above makes the article's reading, which runs while the model works, the longer branch of every
     * request and so count in full). Only the variants that call the model, and the bare hello as the reference; no
     * warm-up requests (the JVMs are warm from the phase above). The model's own time is what the server held each
     * request (its arrival to its answer sent: the delay, the sleep's own lateness and the server's work), measured
     * per request and taken off the round trip; what is left, compared with the hello's, is what a caller waits
     * beyond the model's own time.
     */
    private static void warmWithSlowModel(List<Variant> variants, List<LambdaRuntime> running, LocalS3 s3,
                                          FakeOpenAiServer model) throws Exception {
        List<Variant> calling = variants.stream()
                .filter(variant -> variant.name().equals("bare hello") || calls(variant))
                .toList();
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> beyond = new LinkedHashMap<>();
        List<Long> held = new ArrayList<>();
        Map<String, Long> cpu = new LinkedHashMap<>();
        // connections the variant opened to the model in this phase: a new one per request would add a TLS handshake
        Map<String, Integer> opened = new LinkedHashMap<>();
        for (Variant variant : calling) {
            opened.put(variant.name(), 0);
            times.put(variant.name(), new ArrayList<>());
            beyond.put(variant.name(), new ArrayList<>());
            cpu.put(variant.name(), -running.get(variants.indexOf(variant)).cpuMillis());
        }
        for (int request = 0; request < SLOW_MODEL_REQUESTS; request++) {
            for (int i = 0; i < calling.size(); i++) {
                Variant variant = calling.get((i + request) % calling.size());
                LambdaRuntime lambda = running.get(variants.indexOf(variant));
                String event = variant.event().get();
                int answered = model.heldNanos().size();
                int connections = model.connectionCount();
                long sent = System.nanoTime();
                String response = lambda.invoke(event, Duration.ofSeconds(120));
                long roundTrip = System.nanoTime() - sent;
                check(lambda, variant, response, s3);
                opened.merge(variant.name(), model.connectionCount() - connections, Integer::sum);
                long modelTime = heldSince(model, answered, calls(variant));
                if (calls(variant)) {
                    model.heldNanos().subList(answered, model.heldNanos().size()).forEach(nanos -> held.add(nanos / 100_000));
                }
                times.get(variant.name()).add(roundTrip / 100_000);
                beyond.get(variant.name()).add((roundTrip - modelTime) / 100_000);
            }
        }
        calling.forEach(variant -> cpu.merge(variant.name(), running.get(variants.indexOf(variant)).cpuMillis(), Long::sum));
        double bare = median(times.get("bare hello")) / 10.0;
        double bareCpu = (double) cpu.get("bare hello") / SLOW_MODEL_REQUESTS;
        System.out.printf("%nThe model answering after %d ms (%d requests each, the same warm JVMs): the model held each "
                        + "request %.1f ms at p50 (%.1f ms at p90); beyond it = round trip minus that request's model time%n",
                MODEL_DELAY_MS, SLOW_MODEL_REQUESTS, median(held) / 10.0, percentile(held, 0.9) / 10.0);
        System.out.printf("%-13s %10s %10s %14s %20s %14s %16s %12s%n", "variant", "warm p50", "warm p90", "beyond model",
                "p50 over bare", "CPU/request", "CPU over bare", "connections");
        for (Variant variant : calling) {
            List<Long> measured = times.get(variant.name());
            double p50 = median(measured) / 10.0;
            double beyondModel = median(beyond.get(variant.name())) / 10.0;
            double perRequest = (double) cpu.get(variant.name()) / SLOW_MODEL_REQUESTS;
            System.out.printf("%-13s %7.1f ms %7.1f ms %11.1f ms %17.1f ms %11.1f ms %13.1f ms %12d%n", variant.name(), p50,
                    percentile(measured, 0.9) / 10.0, beyondModel, beyondModel - bare, perRequest, perRequest - bareCpu,
                    opened.get(variant.name()));
        }
        // With more requests than one block, the p50 beyond the model per block of 40, in order: a figure that falls
        // from block to block is the JIT still compiling the request's code (C1 compiles a method after ~200 calls).
        if (SLOW_MODEL_REQUESTS > 2 * SLOW_BLOCK) {
            System.out.printf("p50 beyond the model per block of %d requests, in order:%n", SLOW_BLOCK);
            for (Variant variant : calling) {
                List<Long> all = beyond.get(variant.name());
                StringBuilder blocks = new StringBuilder();
                for (int from = 0; from + SLOW_BLOCK <= all.size(); from += SLOW_BLOCK) {
                    blocks.append(String.format(" %5.1f", median(all.subList(from, from + SLOW_BLOCK)) / 10.0));
                }
                System.out.printf("%-13s%s%n", variant.name(), blocks);
            }
        }
    }

    /** Whether the variant calls the model (the bare hello and the offline engine do not). */
    private static boolean calls(Variant variant) {
        return variant.environment().containsKey("SUMMARIZER_OPENAI_BASE_URL");
    }

    /**
     * Nanoseconds the model server held the requests it answered since it had answered {@code answered}; waits up to
     * 100 ms for a calling variant's answer to be noted (the server thread notes it after sending it).
     */
    private static long heldSince(FakeOpenAiServer model, int answered, boolean calls) throws InterruptedException {
        if (!calls) {
            return 0;
        }
        List<Long> heldNow = model.heldNanos();
        for (int wait = 0; heldNow.size() == answered && wait < 100; wait++) {
            Thread.sleep(1);
            heldNow = model.heldNanos();
        }
        return heldNow.subList(answered, heldNow.size()).stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The cold starts with the model's own time (what the server held the first request) taken off, over the hello's
     * (which calls no model): what a caller waits on a cold start beyond a real model's time.
     */
    private static void printBeyondModel(List<Variant> variants, Map<String, List<Long>> cold, Map<String, List<Long>> init,
                                         Map<String, List<Long>> held) {
        long bare = median(cold.get("bare hello"));
        System.out.printf("%nCold starts with the model answering after %d ms; beyond the model = cold start minus the "
                + "time the model server held its request%n", COLD_MODEL_DELAY_MS);
        System.out.printf("%-13s %14s %16s %-44s %22s %14s%n", "variant", "model held", "beyond model", "all runs (ms)",
                "first request beyond", "vs bare");
        for (Variant variant : variants) {
            String name = variant.name();
            List<Long> beyond = new ArrayList<>();
            List<Long> request = new ArrayList<>();
            for (int i = 0; i < cold.get(name).size(); i++) {
                beyond.add(cold.get(name).get(i) - held.get(name).get(i));
                request.add(cold.get(name).get(i) - init.get(name).get(i) - held.get(name).get(i));
            }
            System.out.printf("%-13s %11d ms %13d ms %-44s %19d ms %14s%n", name, median(held.get(name)), median(beyond),
                    beyond, median(request), name.equals("bare hello") ? "(reference)"
                            : String.format("%.2fx", (double) median(beyond) / bare));
        }
    }

    /** Each run unpacks a whole function.zip; dozens of them would fill the temporary directory. */
    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void print(List<Variant> variants, Map<String, List<Long>> cold, Map<String, List<Long>> cpu,
                              Map<String, Long> peak, int rounds) throws IOException {
        long bareMedian = median(cold.get("bare hello"));
        long bareCpu = median(cpu.get("bare hello"));
        long barePeak = peak.get("bare hello");
        System.out.printf("%nCold start to first answer (process start to first response), %d rounds alternating; "
                + "JVM: %s %s, -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC%n", rounds,
                System.getProperty("java.vendor"), System.getProperty("java.version"));
        System.out.printf("%-11s %12s %9s %-44s %10s %14s  %s%n", "variant", "function.zip", "median", "all runs (ms)",
                "CPU median", "peak RSS/100rq", "vs bare: time, CPU, RSS");
        for (Variant variant : variants) {
            List<Long> runs = cold.get(variant.name());
            long median = median(runs);
            long cpuMedian = median(cpu.get(variant.name()));
            long rss = peak.get(variant.name());
            System.out.printf("%-11s %9.1f MB %6d ms %-44s %7d ms %11d MB  %s%n", variant.name(), Files.size(variant.zip()) / 1e6,
                    median, runs, cpuMedian, rss / 1024, variant.name().equals("bare hello") ? "(reference)"
                            : String.format("%.2fx, %.2fx, %.2fx", (double) median / bareMedian,
                                    (double) cpuMedian / bareCpu, (double) rss / barePeak));
        }
        System.out.printf("Machine load (1/5/15 min): %s", Files.readString(Path.of("/proc/loadavg")));
    }

    /**
     * The same cold starts split at the function's first request for an event: the init phase (which Lambda runs with
     * a boosted CPU and which SnapStart snapshots) and the first request after it.
     */
    private static void printPhases(List<Variant> variants, Map<String, List<Long>> cold, Map<String, List<Long>> cpu,
                                    Map<String, List<Long>> init, Map<String, List<Long>> initCpu) {
        System.out.printf("%-11s %14s %14s %20s %20s%n", "variant", "init median", "init CPU", "first request median",
                "first request CPU");
        for (Variant variant : variants) {
            String name = variant.name();
            List<Long> request = new ArrayList<>();
            List<Long> requestCpu = new ArrayList<>();
            for (int i = 0; i < cold.get(name).size(); i++) {
                request.add(cold.get(name).get(i) - init.get(name).get(i));
                requestCpu.add(cpu.get(name).get(i) - initCpu.get(name).get(i));
            }
            System.out.printf("%-11s %11d ms %11d ms %17d ms %17d ms%n", name, median(init.get(name)),
                    median(initCpu.get(name)), median(request), median(requestCpu));
        }
    }

    /** Every variant's JVM trusts the local model's key (the bare hello makes no call, so it changes nothing there). */
    private static Map<String, String> withOptions(Map<String, String> environment, String javaToolOptions) {
        Map<String, String> with = new LinkedHashMap<>(environment);
        if (!javaToolOptions.isBlank()) {
            with.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        return Map.copyOf(with);
    }

    private static Map<String, String> trusting(Map<String, String> environment, BenchmarkTls tls) {
        if (tls == null) {
            return environment;
        }
        Map<String, String> trusting = new LinkedHashMap<>(environment);
        trusting.merge("JAVA_TOOL_OPTIONS", tls.jvmOptions(), (options, more) -> options + " " + more);
        return trusting;
    }

    /**
     * With {@code -Dbench.jfr=<dir>} each warm JVM records a Java Flight Recording ({@code profile} settings) into
     * {@code <dir>/<variant>.jfr}, to see where a warm request's time goes ({@code jfr print --events
     * jdk.ExecutionSample}); it changes the timings, so compare figures only from runs without it.
     */
    private static Map<String, String> profiled(Variant variant, String jfrDirectory) {
        if (jfrDirectory.isBlank()) {
            return variant.environment();
        }
        Map<String, String> environment = new LinkedHashMap<>(variant.environment());
        String file = Path.of(jfrDirectory).toAbsolutePath().resolve(variant.name().replaceAll("\\W+", "-") + ".jfr").toString();
        // -Dbench.jfr.settings: another .jfc (e.g. profile.jfc with jdk.ExecutionSample every 1 ms)
        String settings = System.getProperty("bench.jfr.settings", "profile");
        environment.merge("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=" + settings + ",dumponexit=true,filename=" + file,
                (options, recording) -> options + " " + recording);
        return environment;
    }

    /**
     * Warm request round trips (event handed out to response received) and the function JVM's CPU time per request
     * (all its threads: JIT and GC included), over the requests after the first {@link #WARM_UP_REQUESTS}.
     */
    private static void printWarm(List<Variant> variants, Map<String, List<Long>> warm, Map<String, Long> warmCpu) {
        int timed = REQUESTS_FOR_MEMORY - WARM_UP_REQUESTS;
        double bare = median(warm.get("bare hello")) / 10.0;
        double bareCpu = (double) warmCpu.get("bare hello") / timed;
        System.out.printf("%-11s %10s %10s %14s %14s %16s  (warm requests %d..%d, alternating between running JVMs)%n",
                "variant", "warm p50", "warm p90", "p50 over bare", "CPU/request", "CPU over bare",
                WARM_UP_REQUESTS + 1, REQUESTS_FOR_MEMORY);
        for (Variant variant : variants) {
            List<Long> times = warm.get(variant.name());
            double p50 = median(times) / 10.0;
            double cpu = (double) warmCpu.get(variant.name()) / timed;
            System.out.printf("%-11s %7.1f ms %7.1f ms %11.1f ms %11.1f ms %13.1f ms%n", variant.name(), p50,
                    percentile(times, 0.9) / 10.0, p50 - bare, cpu, cpu - bareCpu);
        }
    }

    private static long percentile(List<Long> values, double fraction) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void check(LambdaRuntime lambda, Variant variant, String response, LocalS3 s3) throws Exception {
        if (variant.http() && JSON.readTree(response).path("statusCode").asInt() != 200) {
            throw new IllegalStateException("Benchmark request failed: " + response + "\n" + lambda.log());
        }
        if (!variant.http()) {
            String summary = "summaries/bench/article-" + S3_ARTICLES.get() + ".txt.json";
            try {
                s3.client().headObject(head -> head.bucket(BUCKET).key(summary));
            } catch (RuntimeException e) {
                throw new IllegalStateException("No " + summary + " after the S3 event: " + response + "\n" + lambda.log(), e);
            }
        }
    }

    private static final String BUCKET = "artikel-eingang";
    /** Every S3 invocation summarises an article of its own key: one already summarised would be skipped. */
    private static final AtomicInteger S3_ARTICLES = new AtomicInteger();

    private static Variant s3Variant(String name, Path zip, LocalS3 s3, Map<String, String> model, String text)
            throws IOException {
        ObjectNode template;
        try (InputStream in = Files.newInputStream(Path.of("..", "events", "s3-put.json"))) {
            template = (ObjectNode) JSON.readTree(in);
        }
        Map<String, String> environment = new LinkedHashMap<>(model);
        environment.putAll(Map.of(
                "AWS_ENDPOINT_URL_S3", s3.endpoint(),
                "AWS_REGION", System.getProperty("aws.region"),
                "AWS_ACCESS_KEY_ID", System.getProperty("aws.accessKeyId"),
                "AWS_SECRET_ACCESS_KEY", System.getProperty("aws.secretAccessKey"),
                "AWS_REQUEST_CHECKSUM_CALCULATION", "when_required",
                "AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required",
                "SUMMARIZER_S3_PATH_STYLE", "true"));
        return new Variant(name, zip, Map.copyOf(environment), () -> {
            String key = "incoming/bench/article-" + S3_ARTICLES.incrementAndGet() + ".txt";
            String article = numbered(text);
            s3.client().putObject(put -> put.bucket(BUCKET).key(key).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromString(article, StandardCharsets.UTF_8));
            ObjectNode event = template.deepCopy();
            ObjectNode object = (ObjectNode) event.path("Records").get(0).path("s3");
            ((ObjectNode) object.path("bucket")).put("name", BUCKET).put("arn", "arn:aws:s3:::" + BUCKET);
            ((ObjectNode) object.path("object")).put("key", key).put("size", article.getBytes(StandardCharsets.UTF_8).length);
            return event.toString();
        });
    }

    /** Copies the template to target/bare-hello and packages it with this project's Maven wrapper and Quarkus. */
    private static Path buildBareHello() throws IOException, InterruptedException, URISyntaxException {
        Path project = Path.of("target", "bare-hello").toAbsolutePath();
        Path zip = project.resolve("target").resolve("function.zip");
        if (Files.exists(zip)) {
            return zip;
        }
        URL template = ColdStartBenchmark.class.getResource("/bare-hello/pom.xml");
        Path templateRoot = Path.of(template.toURI()).getParent();
        try (Stream<Path> files = Files.walk(templateRoot)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = project.resolve(templateRoot.relativize(file).toString());
                Files.createDirectories(target.getParent());
                String text = Files.readString(file, StandardCharsets.UTF_8)
                        .replace("@quarkus.version@", System.getProperty("quarkus.version"));
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
        Path wrapper = Path.of("..", "mvnw").toAbsolutePath().normalize();
        Process build = new ProcessBuilder(wrapper.toString(), "-B", "-q", "package", "-DskipTests")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile())
                .start();
        if (build.waitFor() != 0 || !Files.exists(zip)) {
            throw new IllegalStateException("Building the bare hello failed: " + Files.readString(project.resolve("build.log")));
        }
        return zip;
    }

    private static String helloEvent() throws IOException {
        ObjectNode event = sampleEvent();
        event.put("routeKey", "GET /hello");
        event.put("rawPath", "/hello");
        ((ObjectNode) event.get("requestContext")).put("routeKey", "GET /hello");
        ((ObjectNode) event.get("requestContext").get("http")).put("method", "GET").put("path", "/hello");
        ((ObjectNode) event.get("headers")).remove(List.of("content-length", "content-type"));
        event.remove("body");
        return event.toString();
    }

    private static final AtomicInteger ARTICLES = new AtomicInteger();

    /** The article with a last line of its own, so that no two requests bring the same text. */
    private static String numbered(String article) {
        return article + "\n\nDiese Meldung trägt die Nummer " + ARTICLES.incrementAndGet() + ".";
    }

    /** A POST /summaries event without its body. */
    private static ObjectNode summariesEvent() throws IOException {
        ObjectNode event = sampleEvent();
        ((ObjectNode) event.get("headers")).remove("content-length");
        return event;
    }

    private static ObjectNode sampleEvent() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "events", "http-api-post.json"))) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
