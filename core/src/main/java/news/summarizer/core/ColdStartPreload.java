package news.summarizer.core;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import news.summarizer.core.config.SummarizerConfig;
import news.summarizer.core.config.SummarizerConfig.Model.WarmUp;
import news.summarizer.core.config.SummarizerConfig.Provider;
import news.summarizer.core.model.SummarySchema;
import news.summarizer.core.offline.EntityFinder;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * On an on-demand cold start with a model provider, loads on a thread of its own what the first request would
 * otherwise load itself, while Quarkus goes on starting: the default TLS context, the German part-of-speech model and
 * dictionary that every answer's entities and statements need, the summary's JSON schema, the classes the first
 * request loads ({@link FirstRequestClasses}), and what start-up observers
 * add ({@link #alsoLoad}: the provider's client with its key and one TLS handshake with the provider's server, the S3
 * function's S3 client). Init ends when it is done ({@link #awaitPreload}). A thread that needs something still loading meets the same class or holder initialisation
 * and waits for it instead of loading it twice. Nothing is answered and no request is sent (the handshake asks the
 * provider nothing): unlike the warm-up (SnapStart, provisioned concurrency) it runs no pipeline. By default where a
 * request gets less than a vCPU (below 1,769 MB), always with {@code summarizer.model.warm-up=preload} ({@link #preloads}).
 */
@Singleton
public class ColdStartPreload {

    private static final Logger LOG = Logger.getLogger(ColdStartPreload.class);
    /** A sentence that takes the entity finder's stages: tagging, a first name, a speech verb, a town. */
    private static final List<String> SENTENCE = List.of("Anna", "Berger", "sagte", "in", "Görlitz", ",", "die",
            "Brücke", "sei", "fertig", ".");
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static volatile ExecutorService worker;
    /**
     * What the preload did, in order ("TLS context in 140 ms"), logged in one line once init waits for it: a line
     * logged by the preload's thread itself may come before Quarkus has applied the runtime log levels (the preload
     * starts in static init) and be dropped.
     */
    private static final java.util.Queue<String> DONE = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * CDI fires this as soon as the container is up: in Quarkus during static init, before REST, Jackson and Vert.x
     * are set up and about a second of CPU before the start-up event. The runtime config mapping does not exist yet
     * then, so the two settings are read raw, with the mapping's own defaults.
     */
    static void onContainerReady(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Config config = ConfigProvider.getConfig();
        boolean preload = preloads(
                config.getOptionalValue("summarizer.provider", String.class).orElse(SummarizerConfig.DEFAULT_PROVIDER),
                config.getOptionalValue("summarizer.model.warm-up", String.class).orElse(SummarizerConfig.Model.DEFAULT_WARM_UP),
                System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"), System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
        if (preload) {
            ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread daemon = new Thread(runnable, "cold-start-preload");
                daemon.setDaemon(true);
                return daemon;
            });
            thread.execute(ColdStartPreload::loadShared);
            worker = thread;
        }
    }

    /**
     * On Lambda's on-demand cold start (a request waits for it; a SnapStart snapshot or provisioned concurrency runs the
     * whole warm-up instead), with a model provider (the offline engine loads its models at start-up anyway and needs
     * no TLS): with warm-up {@code preload} always, with the default {@code pre-initialized} where a request gets less
     * CPU than init. An on-demand init runs on one full, unthrottled vCPU, a request on its memory's share of one (a
     * whole vCPU at 1,769 MB): work moved from the first request into init then runs faster, and more than pays for
     * the preload's own extra work (its handshake, about 0.1 s of CPU). Emulated with those CPU limits (docs/performance.md,
     * "Sixth session"), at 1,024 MB the preload shortened the HTTP function's cold start in 7 of 8 rounds (median 3.2 →
     * 2.8 s); without limits on the 2-core machine, where nothing is throttled, it did not (fourth session). Values
     * Quarkus would reject count as no.
     */
    static boolean preloads(String provider, String warmUp, String initializationType, String memoryMegabytes) {
        try {
            if (parse(Provider.class, provider) == Provider.OFFLINE || !"on-demand".equals(initializationType)) {
                return false;
            }
            return switch (parse(WarmUp.class, warmUp)) {
                case PRELOAD -> true;
                case PRE_INITIALIZED -> requestsThrottled(memoryMegabytes);
                case ALWAYS, NEVER -> false;
            };
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Lambda's memory setting at which a request gets one whole vCPU (AWS, "Memory and computing power"). */
    static final int MEGABYTES_PER_VCPU = 1_769;

    /** Whether a request gets less than the whole vCPU an on-demand init runs on ({@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}). */
    static boolean requestsThrottled(String memoryMegabytes) {
        try {
            return memoryMegabytes != null && Integer.parseInt(memoryMegabytes.strip()) < MEGABYTES_PER_VCPU;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Queues {@code load} behind what is already loading (from start-up observers: the engine's client, an adapter's
     * own client); nothing when no preload runs (false).
     */
    public static boolean alsoLoad(String what, Runnable load) {
        ExecutorService thread = worker;
        if (thread == null) {
            return false;
        }
        thread.execute(() -> run(what, load));
        return true;
    }

    /**
     * The last start-up observer waits for the preload, so that all of it runs in Lambda's init, which gets burst
     * CPU (at 1,024 MB a request gets about 0.6 of a vCPU), and none of it is left for the first request to compete
     * with. Bounded: a hanging load (the key's SSM call) must not hold init; the request would wait for it anyway.
     */
    static void awaitPreload(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        ExecutorService thread = worker;
        if (thread == null) {
            return;
        }
        worker = null;
        thread.shutdown();
        try {
            if (thread.awaitTermination(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.debugf("preloaded %s", String.join(", ", DONE));
            } else {
                LOG.debugf("preload not finished after %s (done: %s); the first request waits for the rest", WAIT,
                        String.join(", ", DONE));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The TLS context first (the request needs it early, building the provider's client; reading the JDK's trust
     * store costs about 0.5 s of CPU with the runtime's C1-only JIT), the German models last (needed last, in grounding).
     */
    private static void loadShared() {
        run("TLS context", () -> {
            try {
                SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("No default TLS context", e);
            }
        });
        run("summary schema", () -> java.util.Objects.requireNonNull(SummarySchema.NATIVE));
        run("German models", () -> EntityFinder.findInTokens(SENTENCE));
        runReporting("first-request classes", () -> FirstRequestClasses.load(ColdStartPreload.class.getClassLoader()));
    }

    private static void run(String what, Runnable load) {
        runReporting(what, () -> {
            load.run();
            return null;
        });
    }

    /** Runs {@code load} and notes its time, and what it reports unless that is null. */
    private static void runReporting(String what, java.util.function.Supplier<?> load) {
        long started = System.nanoTime();
        try {
            Object report = load.get();
            DONE.add(what + " in " + (System.nanoTime() - started) / 1_000_000 + " ms" + (report == null ? "" : " (" + report + ")"));
        } catch (RuntimeException e) {
            // Only speed is at stake: the first request loads what is missing and reports what is broken.
            DONE.add(what + " failed (" + e + ")");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
