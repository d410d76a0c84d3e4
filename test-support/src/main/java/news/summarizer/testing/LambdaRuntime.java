package news.summarizer.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs a packaged {@code function.zip} the way the managed {@code java21} runtime does: unpacked into a task root,
 * started by AWS's runtime interface client ({@code AWSLambda} with the Quarkus stream handler), polling a Lambda
 * Runtime API that this class serves on 127.0.0.1. {@link #invoke} hands it one event and returns its response.
 */
public final class LambdaRuntime implements AutoCloseable {

    static {
        // The JDK server otherwise waits for delayed ACKs (Nagle), adding ~40 ms to every small response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final String API = "/2018-06-01/runtime";

    private final HttpServer server;
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<String>> results = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();
    private final Process process;
    private final Path log;
    private final long startedNanos;
    /** When the function first asked for an event (its init phase was over), and its CPU time by then; -1 before. */
    private volatile long initDoneNanos = -1;
    private volatile long initCpuMillis = -1;
    /** {@code -Dlambda.cpu.memory}: Lambda's CPU for init and requests emulated, else null. */
    private final LambdaCpu cpu;

    private record Invocation(String id, String event) {
    }

    /** Thrown when the function reports an error for an invocation (the handler threw). */
    public static final class FunctionError extends RuntimeException {
        public FunctionError(String body) {
            super(body);
        }
    }

    private LambdaRuntime(Path functionZip, Path ricDirectory, Map<String, String> environment, Path workDirectory)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext(API, this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "lambda-runtime-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();

        Path taskRoot = workDirectory.resolve("task");
        unzip(functionZip, taskRoot);
        log = workDirectory.resolve("function.log");
        // As the managed runtime starts it: only the runtime's own jars on the JVM's class path; the runtime interface
        // client loads the function from the working directory with a class loader of its own (CustomerClassLoader:
        // the task root, then lib/*.jar sorted by name). -Dlambda.classpath=flat puts the task root and lib/* on the
        // JVM's class path instead (the order of lib/* is then the directory's, as the JVM lists it), as this runner
        // did before.
        String classPath = ricDirectory + File.separator + "*";
        if ("flat".equals(System.getProperty("lambda.classpath"))) {
            classPath = String.join(File.pathSeparator, taskRoot.toString(), taskRoot.resolve("lib") + File.separator + "*",
                    classPath);
        }
        int memory = memoryMegabytes();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the managed java21 runtime's JVM defaults
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // The sandbox's memory is the function's memory setting, and the JVM sizes its heap from it (an
                // initial heap of 1/64: 16 MB at 1,024 MB). On a machine with gigabytes the heap would start hundreds
                // of megabytes large and a cold start would hardly collect garbage, unlike on Lambda.
                "-XX:MaxRAM=" + memory + "m",
                "-cp", classPath, "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", QUARKUS_HANDLER);
        cpu = LambdaCpu.fromSystemProperty(Integer.toString(server.getAddress().getPort()));
        ProcessBuilder builder = new ProcessBuilder(cpu == null ? command : cpu.wrap(command))
                .directory(taskRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + server.getAddress().getPort(),
                "LAMBDA_TASK_ROOT", taskRoot.toString(),
                "_HANDLER", QUARKUS_HANDLER,
                "AWS_LAMBDA_FUNCTION_NAME", "news-summarizer-test",
                "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memory),
                // as Lambda sets it for a cold start that a request waits for (not SnapStart, not provisioned)
                "AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand",
                "AWS_REGION", "eu-central-1"));
        builder.environment().putAll(environment);
        startedNanos = System.nanoTime();
        process = builder.start();
    }

    /**
     * The function's memory setting: {@code -Dlambda.cpu.memory} when Lambda's CPU is emulated for that size, else the
     * template's 1,024 MB.
     */
    static int memoryMegabytes() {
        return Integer.getInteger("lambda.cpu.memory", 1_024);
    }

    public static LambdaRuntime start(Path functionZip, Path ricDirectory, Map<String, String> environment,
                                      Path workDirectory) {
        try {
            return new LambdaRuntime(functionZip, ricDirectory, environment, workDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers one event and waits for the function's response body. */
    public String invoke(String event, Duration timeout) throws Exception {
        String id = UUID.randomUUID().toString();
        CompletableFuture<String> result = new CompletableFuture<>();
        results.put(id, result);
        pending.add(new Invocation(id, event));
        CompletableFuture<Object> first = CompletableFuture.anyOf(result, initError);
        try {
            Object answer = first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (initError.isDone()) {
                throw new IllegalStateException("The function failed to start: " + initError.get() + "\n" + log());
            }
            return (String) answer;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("No response within " + timeout + "; function log:\n" + log(), e);
        }
    }

    /** Resident memory of the function's JVM in KiB (Linux), or -1 where /proc is not available. */
    public long residentKib() {
        return procStatusKib("VmRSS:");
    }

    /** The most resident memory the function's JVM has had so far, in KiB (Linux), or -1. */
    public long peakResidentKib() {
        return procStatusKib("VmHWM:");
    }

    /**
     * CPU time (user + system) the function's JVM has used so far, in milliseconds (Linux), or -1. Unlike wall-clock
     * time it hardly depends on what else runs on the machine.
     */
    public long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Milliseconds since the function's process was started. */
    public long millisSinceStart() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * Milliseconds from the process start to the function's first request for an event, i.e. its init phase
     * (Quarkus start-up and the warm-up), or -1 while it has not asked yet.
     */
    public long initMillis() {
        return initDoneNanos < 0 ? -1 : (initDoneNanos - startedNanos) / 1_000_000;
    }

    /** CPU time of the function's JVM by the end of its init phase (see {@link #initMillis()}), or -1. */
    public long initCpuMillis() {
        return initCpuMillis;
    }

    /** USER_HZ: 100 on every Linux this runs on (x86_64, arm64). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private long procStatusKib(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** What the function printed so far (stdout and stderr). */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(API.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.equals("/invocation/next")) {
                if (initDoneNanos < 0) {
                    initDoneNanos = System.nanoTime();
                    initCpuMillis = cpuMillis();
                    if (cpu != null) {
                        cpu.initDone();
                    }
                }
                Invocation next = pending.take();
                exchange.getResponseHeaders().set("Lambda-Runtime-Aws-Request-Id", next.id());
                exchange.getResponseHeaders().set("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + 300_000));
                exchange.getResponseHeaders().set("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:eu-central-1:123456789012:function:news-summarizer-test");
                exchange.getResponseHeaders().set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                send(exchange, 200, next.event().getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/invocation/") && path.endsWith("/response")) {
                results.get(idOf(path)).complete(new String(body, StandardCharsets.UTF_8));
                send(exchange, 202, new byte[0]);
            } else if (path.startsWith("/invocation/") && path.endsWith("/error")) {
                results.get(idOf(path)).completeExceptionally(new FunctionError(new String(body, StandardCharsets.UTF_8)));
                send(exchange, 202, new byte[0]);
            } else if (path.equals("/init/error")) {
                initError.complete(new String(body, StandardCharsets.UTF_8));
                send(exchange, 202, new byte[0]);
            } else {
                send(exchange, 404, new byte[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String idOf(String path) {
        return path.substring("/invocation/".length(), path.lastIndexOf('/'));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Zip entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file);
                }
            }
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        server.stop(0);
        if (cpu != null) {
            cpu.close();
        }
    }
}
