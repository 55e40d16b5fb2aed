package org.treatybriefing.job.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.treatybriefing.TreatyBriefingApplication;

import static org.assertj.core.api.Assertions.fail;

/**
 * The job's command line in a JVM of its own, as an operator or a systemd unit starts it: its
 * console output goes to {@code NAME.out}, its log to {@code NAME.log} in the test's folder.
 * Every wait polls and ends as soon as what it waits for happens.
 * <p>
 * Example: {@code BriefingProcess w = BriefingProcess.start(work, "worker1", List.of("--worker", ...));
 * w.awaitLog("partition extractPartition:", Duration.ofMinutes(2));}
 */
final class BriefingProcess implements AutoCloseable {

    private static final long POLL_MILLIS = 50;

    private final String name;
    private final Process process;
    private final Path out;
    private final Path log;

    private BriefingProcess(String name, Process process, Path out, Path log) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.log = log;
    }

    static BriefingProcess start(Path work, String name, List<String> args) throws IOException {
        Path out = work.resolve(name + ".out");
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // short processes: C2 compiling and parallel GC threads cost more CPU than they save
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                TreatyBriefingApplication.class.getName(),
                "--logging.file.name=" + log));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        return new BriefingProcess(name, p, out, log);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        return read(out);
    }

    String log() {
        return read(log);
    }

    boolean logHas(String text) {
        return log().contains(text);
    }

    /** Waits until the log holds the text; fails, with the process's output, if it ends first or the time is up. */
    void awaitLog(String text, Duration max) {
        awaitTrue(() -> logHas(text), max, "'" + text + "' in the log");
    }

    void awaitTrue(BooleanSupplier condition, Duration max, String what) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() && !condition.getAsBoolean()) {
                fail(name + " ended (exit " + process.exitValue() + ") before " + what + "; it printed:%n%s", output());
            }
            if (System.nanoTime() > deadline) {
                fail(name + " showed no " + what + " within " + max + "; it printed:%n%s", output());
            }
            pause();
        }
    }

    /** The exit code, once the process ends on its own. */
    int awaitExit(Duration max) throws InterruptedException {
        if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            fail(name + " did not end within " + max + "; it printed:%n%s", output());
        }
        return process.exitValue();
    }

    /** kill -9: the process dies at once, as in a crash or a power cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemctl stop sends, and wait for the process to end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
