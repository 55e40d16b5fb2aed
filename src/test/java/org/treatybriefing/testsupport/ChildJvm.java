package org.treatybriefing.testsupport;

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
 * The job's command line in a JVM of its own, as a user, cron or a systemd unit starts it: the
 * application on the tests' class path (or the built jar), its console written to files of the
 * test's folder, its exit code. Every wait polls and ends as soon as what it waits for happens;
 * a wait that runs out fails the test with what the process printed.
 * <pre>{@code
 * ChildJvm.Result r = ChildJvm.application().database(db).args("--seeds=seeds").output(out, err).run(TIMEOUT);
 *
 * try (ChildJvm worker = ChildJvm.application().named(work, "worker1").args("--worker").start()) {
 *     worker.awaitLog("partition extractPartition:", Duration.ofMinutes(2));
 * }
 * }</pre>
 */
public final class ChildJvm implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    /** What a process that ended printed: stdout, and stderr ("" when it went to stdout's file). */
    public record Result(int exit, String out, String err) {
    }

    /** {@code java -cp <the tests' class path> TreatyBriefingApplication}: the application as the tests build it. */
    public static Launch application() {
        return mainClass(TreatyBriefingApplication.class);
    }

    /** {@code java -cp <the tests' class path> MAIN}: a test's own entry point around the application. */
    public static Launch mainClass(Class<?> main) {
        return new Launch(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    }

    /** {@code java -jar JAR}: the built jar, as the README runs it. */
    public static Launch jar(Path jar) {
        return new Launch(List.of("-jar", jar.toString()));
    }

    /** The command line being put together; options come in the order they are given. */
    public static final class Launch {

        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> entryPoint;
        private final List<String> args = new ArrayList<>();
        private String name = "the child JVM";
        private Path cwd;
        private Path out;
        private Path err;
        private Path log;
        private Duration poll = POLL;

        private Launch(List<String> entryPoint) {
            this.entryPoint = entryPoint;
        }

        /** Options of the JVM itself ({@code -Xmx512m}, {@code -Dkey=value}), before the class path. */
        public Launch jvmOptions(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** An H2 database and lock file of the test's own at {@code path}, never the project's {@code data/}. */
        public Launch database(String path) {
            return args("--spring.datasource.url=jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE",
                    "--briefing.lock-file=" + path + ".lock");
        }

        /** The application's log file ({@code --logging.file.name}), which {@link #log()} and {@link #awaitLog} read. */
        public Launch log(Path file) {
            log = file;
            return args("--logging.file.name=" + file);
        }

        /** Console to {@code NAME.out} (stdout and stderr together) and log to {@code NAME.log} in {@code folder}. */
        public Launch named(Path folder, String processName) {
            name = processName;
            out = folder.resolve(processName + ".out");
            err = null;
            return log(folder.resolve(processName + ".log"));
        }

        /** Stdout and stderr each to a file of its own. */
        public Launch output(Path stdout, Path stderr) {
            out = stdout;
            err = stderr;
            return this;
        }

        public Launch args(String... more) {
            return args(List.of(more));
        }

        public Launch args(List<String> more) {
            args.addAll(more);
            return this;
        }

        /** How often a wait looks again (50 ms unless a test must act within less of what it waits for). */
        public Launch pollEvery(Duration interval) {
            poll = interval;
            return this;
        }

        /** The working directory (default: the test's, the project folder). */
        public Launch in(Path directory) {
            cwd = directory;
            return this;
        }

        public ChildJvm start() throws IOException {
            if (out == null) {
                throw new IllegalStateException("say where the console goes: output(out, err) or named(folder, name)");
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(entryPoint);
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile());
            if (err == null) {
                builder.redirectErrorStream(true);
            } else {
                builder.redirectError(err.toFile());
            }
            if (cwd != null) {
                builder.directory(cwd.toFile());
            }
            return new ChildJvm(name, builder.start(), out, err, log, poll);
        }

        /** Starts the process and waits for it to end: its exit code and what it printed. */
        public Result run(Duration max) throws IOException, InterruptedException {
            ChildJvm process = start();
            try {
                int exit = process.awaitExit(max);
                return new Result(exit, process.output(), process.errors());
            } finally {
                process.process.destroyForcibly();
            }
        }
    }

    private final String name;
    private final Process process;
    private final Path out;
    private final Path err;
    private final Path log;
    private final Duration poll;

    private ChildJvm(String name, Process process, Path out, Path err, Path log, Duration poll) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.err = err;
        this.log = log;
        this.poll = poll;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stdout so far (with stderr, when the two go to one file). */
    public String output() {
        return read(out);
    }

    /** Stderr so far, when it has a file of its own; else "". */
    public String errors() {
        return err == null ? "" : read(err);
    }

    /** The application's log so far; "" when none was set or it is not written yet. */
    public String log() {
        return log == null ? "" : read(log);
    }

    public boolean logHas(String text) {
        return log().contains(text);
    }

    /** Waits until the log holds the text; fails, with the process's output, if it ends first or the time is up. */
    public void awaitLog(String text, Duration max) {
        awaitTrue(() -> logHas(text), max, "'" + text + "' in the log");
    }

    public void awaitTrue(BooleanSupplier condition, Duration max, String what) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() && !condition.getAsBoolean()) {
                fail(name + " ended (exit " + process.exitValue() + ") before " + what + "; " + printed());
            }
            if (System.nanoTime() > deadline) {
                fail(name + " showed no " + what + " within " + max + "; " + printed());
            }
            pause();
        }
    }

    /** The exit code, once the process ends on its own; fails if it has not ended within {@code max}. */
    public int awaitExit(Duration max) throws InterruptedException {
        if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            fail(name + " did not end within " + max + "; " + printed());
        }
        return process.exitValue();
    }

    /** SIGTERM, as {@code systemctl stop} sends it, without waiting: {@link #awaitExit} says how it ended. */
    public void terminate() {
        process.destroy();
    }

    /** SIGTERM and wait for the process to end (kill -9 after two minutes). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** kill -9: the process dies at once, as in a crash or a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private String printed() {
        String said = "it printed:\n" + output() + (err == null ? "" : "\nand on stderr:\n" + errors());
        return log == null ? said : said + "\nits log ends:\n" + tail(log(), 4_000);
    }

    private static String tail(String text, int length) {
        return text.length() <= length ? text : "…" + text.substring(text.length() - length);
    }

    private void pause() {
        try {
            Thread.sleep(poll.toMillis());
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
