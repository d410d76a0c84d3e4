package news.summarizer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CPU Lambda gives a function, emulated with a cgroup (v1 {@code cpu} controller) for benchmarks: an on-demand
 * init runs on one full, unthrottled vCPU (AWS, "Effectively running Java on Serverless: utilize the initialization
 * phase"; the Lambda Web Adapter's "up to 10 seconds for function initialization with burst CPU"), a request gets a
 * share proportional to the memory setting, one vCPU at 1,769 MB (AWS, "Memory and computing power"). A machine with
 * idle cores otherwise lets the first request use them all, which hides what moving work into init is worth on AWS.
 * Enabled by {@code -Dlambda.cpu.memory=<MB>} (e.g. 1024: 0.58 of a vCPU per request); needs a writable
 * {@code /sys/fs/cgroup/cpu} (root).
 */
final class LambdaCpu implements AutoCloseable {

    private static final Path CONTROLLER = Path.of("/sys/fs/cgroup/cpu");
    private static final long PERIOD_MICROS = 100_000;
    private static final int MEGABYTES_PER_VCPU = 1_769;

    private final Path group;
    private final int memoryMegabytes;

    private LambdaCpu(Path group, int memoryMegabytes) {
        this.group = group;
        this.memoryMegabytes = memoryMegabytes;
    }

    /** The emulation asked for by {@code -Dlambda.cpu.memory}, or null when none is. */
    static LambdaCpu fromSystemProperty(String name) {
        Integer memory = Integer.getInteger("lambda.cpu.memory");
        if (memory == null) {
            return null;
        }
        Path group = CONTROLLER.resolve("lambda-" + name);
        try {
            Files.createDirectories(group);
            write(group.resolve("cpu.cfs_period_us"), PERIOD_MICROS);
            write(group.resolve("cpu.cfs_quota_us"), PERIOD_MICROS); // init: one full vCPU
        } catch (IOException e) {
            throw new UncheckedIOException("-Dlambda.cpu.memory needs a writable " + CONTROLLER + " (root)", e);
        }
        return new LambdaCpu(group, memory);
    }

    /** The command, started so that the process is in the group before its first instruction. */
    List<String> wrap(List<String> command) {
        String joined = String.join(" ", command.stream().map(LambdaCpu::quoted).toList());
        return List.of("/bin/sh", "-c", "echo $$ > " + quoted(group.resolve("cgroup.procs").toString()) + " && exec " + joined);
    }

    /** Init is over: from now on the function gets its memory's share of a vCPU. */
    void initDone() {
        try {
            write(group.resolve("cpu.cfs_quota_us"), Math.max(1_000, PERIOD_MICROS * memoryMegabytes / MEGABYTES_PER_VCPU));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the group once its process has gone (a group with tasks in it cannot be removed). */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(group);
        } catch (IOException e) {
            // left for the next run's createDirectories, which accepts an existing group
        }
    }

    private static void write(Path file, long value) throws IOException {
        Files.writeString(file, Long.toString(value));
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
