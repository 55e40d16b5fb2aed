package org.treatybriefing.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.treatybriefing.TestPostgres;
import org.treatybriefing.TreatyBriefingApplication;

/**
 * The overhead of remote partitioning (not a test): the same N articles briefed on PostgreSQL
 * (a server started from Maven's binaries, as the tests do) by a local run (two extraction
 * threads) and by a remote run (the manager with its own broker and two worker processes of one
 * thread each, all on this machine), in turn, several rounds, each in fresh JVMs with a fresh
 * database. Prints the extraction step and the whole run of each, from the manager's log.
 * <p>
 * Cold rounds start every JVM for the measured run, as on a first night. Warm rounds first brief
 * 500 other articles in the same JVMs (the local process, the manager and the workers), as
 * processes that stay up do from their second night on: then the JIT compiler has done its work,
 * in each worker JVM as in the one local JVM.
 *
 * <pre>mvn -q -Pbenchmark -DskipTests verify -Dbenchmark.main=org.treatybriefing.bench.RemotePartitioningBenchmark -Dbenchmark.articles=2000</pre>
 * ({@code -Dbenchmark.rounds=5} sets the rounds, 3 by default; {@code -Dbenchmark.rounds=5w} makes them warm,
 * {@code 5w2000} warm on 2,000 articles instead of 500;
 * {@code -Dbenchmark.rounds=5w:1x2} runs one worker of two threads instead of two of one, which
 * separates the broker path's cost from that of two JVMs sharing the machine)
 */
public final class RemotePartitioningBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(20);
    /** More options of every JVM started, local, manager and workers alike ({@code -Dbenchmark.jvm="-XX:+UseSerialGC"}). */
    private static final List<String> JVM_OPTIONS = Arrays.stream(System.getProperty("benchmark.jvm", "-").trim().split("\\s+"))
            .filter(o -> !o.isEmpty() && !o.equals("-")).toList();

    private record Figures(double extract, double job, double process) {
    }

    /** The folder each JVM briefs before the measured one, or null for cold rounds. */
    private static Path warmup;
    private static int workers = 2;
    private static int threads = 1;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String spec = args.length > 1 ? args[1] : "3";
        String[] parts = spec.split(":");
        String[] roundsAndWarmup = parts[0].split("w", -1); // "3", "3w" or "3w2000"
        int rounds = Integer.parseInt(roundsAndWarmup[0]);
        if (parts.length > 1) {
            workers = Integer.parseInt(parts[1].split("x")[0]);
            threads = Integer.parseInt(parts[1].split("x")[1]);
        }
        Path corpus = BriefingBenchmark.buildCorpus(n);
        warmup = roundsAndWarmup.length == 1 ? null
                : warmupCorpus(roundsAndWarmup[1].isEmpty() ? 500 : Integer.parseInt(roundsAndWarmup[1]));
        Path work = Files.createDirectories(Path.of("target/benchmark/remote-" + System.currentTimeMillis()));
        List<Figures> local = new ArrayList<>();
        List<Figures> remote = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            // alternate the order, so a machine that speeds up or slows down favours neither
            if (r % 2 == 0) {
                local.add(local(corpus, work, r));
                remote.add(remote(corpus, work, r));
            } else {
                remote.add(remote(corpus, work, r));
                local.add(local(corpus, work, r));
            }
            System.out.printf("round %d: local extract %.1f s, run %.1f s | remote extract %.1f s, run %.1f s%n", r + 1,
                    local.get(r).extract(), local.get(r).job(), remote.get(r).extract(), remote.get(r).job());
        }
        System.out.printf("%d articles, %d %s rounds, %d worker(s) of %d thread(s), JVM options %s, medians: local extract %.1f s, run %.1f s, process %.1f s | "
                        + "remote extract %.1f s, run %.1f s, process %.1f s | remote/local extract %.2f, run %.2f%n",
                n, rounds, warmup == null ? "cold" : "warm", workers, threads, JVM_OPTIONS, median(local, Figures::extract), median(local, Figures::job), median(local, Figures::process),
                median(remote, Figures::extract), median(remote, Figures::job), median(remote, Figures::process),
                median(remote, Figures::extract) / median(local, Figures::extract),
                median(remote, Figures::job) / median(local, Figures::job));
    }

    private static Figures local(Path corpus, Path work, int round) throws Exception {
        TestPostgres.Server db = freshDatabase();
        Path log = work.resolve("local-" + round + ".log");
        long start = System.nanoTime();
        Process manager = start(work, "local-" + round, database(db, "--seeds=" + corpus,
                "--reports=" + work.resolve("reports-local-" + round), "--logging.file.name=" + log));
        awaitExit(manager, work.resolve("local-" + round + ".out"));
        return figures(log, corpus, (System.nanoTime() - start) / 1e9);
    }

    private static Figures remote(Path corpus, Path work, int round) throws Exception {
        TestPostgres.Server db = freshDatabase();
        String broker = "tcp://127.0.0.1:" + freePort() + "?consumerWindowSize=0";
        List<Process> running = new ArrayList<>();
        try {
            for (int w = 1; w <= workers; w++) {
                String name = "worker" + w + "-" + round;
                running.add(start(work, name, database(db, "--worker", "--spring.artemis.broker-url=" + broker,
                        "--briefing.remote.worker-concurrency=" + threads, "--logging.file.name=" + work.resolve(name + ".log"))));
                awaitLine(work.resolve(name + ".out"), "worker: runs", running.get(w - 1));
            }
            Path log = work.resolve("remote-" + round + ".log");
            long start = System.nanoTime();
            Process manager = start(work, "remote-" + round, database(db, "--briefing.partitioning=remote",
                    "--briefing.remote.embedded-broker=true", "--spring.artemis.broker-url=" + broker,
                    "--seeds=" + corpus, "--reports=" + work.resolve("reports-remote-" + round), "--logging.file.name=" + log));
            awaitExit(manager, work.resolve("remote-" + round + ".out"));
            return figures(log, corpus, (System.nanoTime() - start) / 1e9);
        } finally {
            for (Process w : running) {
                w.destroy();
                w.waitFor(2, TimeUnit.MINUTES);
            }
        }
    }

    /** From the manager's log, the measured folder's run: extraction (its step's start to the next step's), the run (start to end). */
    private static Figures figures(Path log, Path corpus, double process) throws IOException {
        String run = "_" + corpus.getFileName() + " ";
        String runColon = "_" + corpus.getFileName() + ":";
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(run) || l.contains(runColon)).toList();
        Instant runStarts = at(lines, " starts on ");
        Instant extractStarts = at(lines, "step extractArticles starts");
        Instant mergeStarts = at(lines, "step mergeBriefing starts");
        Instant runEnds = at(lines, " ends: completed");
        return new Figures(seconds(extractStarts, mergeStarts), seconds(runStarts, runEnds), process);
    }

    private static Instant at(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).findFirst()
                .map(l -> Instant.parse(l.substring(0, l.indexOf(' '))))
                .orElseThrow(() -> new IllegalStateException("no '" + text + "' in the manager's log"));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1e3;
    }

    private static double median(List<Figures> figures, java.util.function.ToDoubleFunction<Figures> field) {
        double[] v = figures.stream().mapToDouble(field).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** N articles of the BBC corpus, each with a line that makes it unlike the measured corpus's (no extraction reused). */
    private static Path warmupCorpus(int n) throws IOException {
        Path target = Files.createDirectories(Path.of("target/benchmark/warmup-" + n));
        Path from = BriefingBenchmark.buildCorpus(n);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.writeString(target.resolve(f.getFileName()), Files.readString(f) + "\n\n(Warm-up copy.)\n");
            }
        }
        return target;
    }

    private static List<String> database(TestPostgres.Server db, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()));
        args.addAll(List.of(more));
        return args;
    }

    private static TestPostgres.Server freshDatabase() throws Exception {
        TestPostgres.Server db = TestPostgres.freshDatabase("bench");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"),
                new ClassPathResource("db/staging-schema-postgresql.sql")).execute(db.dataSource());
        return db;
    }

    private static Process start(Path work, String name, List<String> args) throws IOException {
        boolean twice = warmup != null && !args.contains("--worker");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                twice ? RunTwice.class.getName() : TreatyBriefingApplication.class.getName()));
        command.addAll(args);
        if (twice) {
            command.add("--bench.warmup=" + warmup);
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(name + ".out").toFile()).start();
    }

    private static void awaitExit(Process p, Path out) throws Exception {
        if (!p.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the run failed: " + Files.readString(out));
        }
    }

    private static void awaitLine(Path out, String text, Process p) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!(Files.exists(out) && Files.readString(out).contains(text))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the worker did not start: " + Files.readString(out));
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
