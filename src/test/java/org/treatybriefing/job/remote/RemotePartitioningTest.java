package org.treatybriefing.job.remote;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.treatybriefing.TestPostgres;
import org.treatybriefing.cli.BriefingCommand;
import org.treatybriefing.testsupport.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Remote partitioning as it is deployed: a manager and workers, each a JVM of its own started
 * with the job's command line, sharing a real PostgreSQL database ({@link TestPostgres}) and an
 * ActiveMQ Artemis broker, on the seeds plus 200 BBC articles (copied at test time from
 * {@code ../shared/corpus/bbc/politics}). The CSV files must be byte-identical to those of a
 * local run of the same folder.
 */
class RemotePartitioningTest {

    private static final Duration RUN = Duration.ofMinutes(4);
    private static final String QUEUE = "treaty-briefing.partitions";
    /** The manager's bounded wait in the test where a worker dies (the workers are up before the manager sends). */
    private static final int KILL_TIMEOUT_SECONDS = 15;
    private static final Pattern PARTITION_STARTS = Pattern.compile("partition (extractPartition:partition\\d+) \\(step execution \\d+\\) starts");

    @TempDir
    static Path work;

    private static Path seeds;
    private static Map<String, String> localCsvs;

    /** The folder, and the CSV files a local run (the default partitioning, threads of one JVM) writes of it. */
    @BeforeAll
    static void localRunOfTheSameFolder() throws Exception {
        // the brokers this test starts log every message at INFO (their audit log); the processes' own logs say enough
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.activemq")).setLevel(Level.WARN);
        seeds = seedsPlusBbc(Files.createDirectories(work.resolve("seeds")));
        TestPostgres.Server db = freshDatabase("local");
        try (ChildJvm local = start("local", database(db, "--seeds=" + seeds,
                "--reports=" + work.resolve("local-reports")))) {
            assertThat(local.awaitExit(RUN)).as(local.output()).isZero();
        }
        localCsvs = csvs(work.resolve("local-reports"));
        assertThat(localCsvs).containsKeys("quotes.csv", "speakers.csv", "sources.csv");
    }

    @Test
    void aManagerAndTwoWorkersWriteTheCsvsOfALocalRun() throws Exception {
        TestPostgres.Server db = freshDatabase("remote");
        int port = freePort();
        // a broker of its own, as in production (the other test lets the manager start one)
        EmbeddedActiveMQ broker = new EmbeddedBrokerConfiguration().embeddedBroker("tcp://127.0.0.1:" + port).start();
        // paused until both workers listen, so both get partitions however fast each JVM starts
        Queue queue = broker.getActiveMQServer().createQueue(QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST));
        queue.pause();
        Path reports = work.resolve("remote-reports");
        try (ChildJvm worker1 = start("worker1", worker(db, port));
             ChildJvm worker2 = start("worker2", worker(db, port));
             ChildJvm manager = start("manager",
                     manager(db, port, false, reports, "--briefing.remote.timeout=" + RUN.toSeconds() + "s"))) {
            worker1.awaitTrue(() -> queue.getConsumerCount() >= 2 || !worker2.isAlive(), RUN, "two workers on the queue");
            assertThat(worker2.isAlive()).as(worker2.output()).isTrue();
            queue.resume();

            assertThat(manager.awaitExit(RUN)).as(manager.output()).isZero();
            assertThat(manager.output()).startsWith("Briefing written to ").contains("articles read 205, rejected 0");

            assertThat(worker1.output()).contains("worker: runs extraction partitions from queue " + QUEUE);
            List<String> ran1 = partitionsRun(worker1);
            List<String> ran2 = partitionsRun(worker2);
            assertThat(ran1).as("partitions worker 1 ran").isNotEmpty();
            assertThat(ran2).as("partitions worker 2 ran").isNotEmpty();
            List<String> all = new ArrayList<>(ran1);
            all.addAll(ran2);
            assertThat(all).as("each of the 8 partitions run once, by one worker").hasSize(8).doesNotHaveDuplicates();
        } finally {
            broker.stop();
        }
        assertThat(csvs(reports)).as("the CSV files of a local run, byte for byte").isEqualTo(localCsvs);
    }

    @Test
    void aWorkerKilledMidRunFailsTheStepAfterTheTimeoutAndRestartWithAFreshWorkerCompletesIt() throws Exception {
        TestPostgres.Server db = freshDatabase("killed");
        int port = freePort();
        Path reports = work.resolve("killed-reports");
        String killed;
        int unfinished;
        try (ChildJvm worker1 = start("k-worker1", worker(db, port));
             ChildJvm worker2 = start("k-worker2", worker(db, port))) {
            awaitReady(worker1);
            awaitReady(worker2);
            // the manager starts the broker itself (briefing.remote.embedded-broker); 4 partitions of
            // about 50 articles, so the kill below meets one under way
            try (ChildJvm manager = start("k-manager", manager(db, port, true, reports,
                    "--briefing.remote.timeout=" + KILL_TIMEOUT_SECONDS + "s", "--briefing.remote.partitions=4"))) {
                ChildJvm victim = awaitFirstPartition(worker1, worker2);
                killed = partitionsStarted(victim).get(0);
                victim.kill(); // kill -9 in the middle of its partition
                assertThat(statusOf(db, killed)).as("the killed worker's partition was under way").isEqualTo("STARTED");

                assertThat(manager.awaitExit(RUN)).as(manager.output()).isEqualTo(BriefingCommand.RUN_FAILED);
                String error = manager.output();
                assertThat(error).contains("partitions unfinished after " + KILL_TIMEOUT_SECONDS + " s")
                        .contains(killed.substring(killed.indexOf(':') + 1)).contains("--restart");
                Matcher m = Pattern.compile("(\\d+) of 4 partitions unfinished").matcher(error);
                assertThat(m.find()).as(error).isTrue();
                unfinished = Integer.parseInt(m.group(1));
                assertThat(statusOf(db, killed)).as("marked failed by the manager, so a restart may resume it").isEqualTo("FAILED");
            }
        } // the other worker is stopped (SIGTERM): the restart's partitions go to a fresh one

        try (ChildJvm fresh = start("k-worker3", worker(db, port));
             ChildJvm restart = start("k-restart", manager(db, port, true, reports,
                     "--briefing.remote.timeout=" + RUN.toSeconds() + "s", "--restart"))) {
            assertThat(restart.awaitExit(RUN)).as(restart.output()).isZero();
            assertThat(partitionsRun(fresh)).as("only the unfinished partitions run again").hasSize(unfinished).contains(killed);
        }
        try (Stream<Path> runs = Files.list(reports)) {
            assertThat(runs.toList()).as("one complete briefing, no partial folder").hasSize(1);
        }
        assertThat(csvs(reports)).as("the CSV files of a local run, byte for byte").isEqualTo(localCsvs);
    }

    // --- the processes

    /**
     * The command line in a JVM of its own, console to {@code NAME.out} and log to {@code NAME.log}
     * in the test's folder. Short processes: C2 compiling and parallel GC threads cost more CPU than they save.
     */
    private static ChildJvm start(String name, List<String> args) throws IOException {
        return ChildJvm.application().jvmOptions("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .named(work, name).args(args).start();
    }

    private static List<String> database(TestPostgres.Server db, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()));
        args.addAll(List.of(more));
        return args;
    }

    private static List<String> worker(TestPostgres.Server db, int port) {
        return database(db, "--worker", "--spring.artemis.broker-url=" + brokerUrl(port));
    }

    private static List<String> manager(TestPostgres.Server db, int port, boolean embeddedBroker, Path reports,
                                        String... more) {
        List<String> args = database(db, "--briefing.partitioning=remote",
                "--briefing.remote.embedded-broker=" + embeddedBroker,
                "--briefing.remote.poll-interval=200ms",
                "--spring.artemis.broker-url=" + brokerUrl(port),
                "--seeds=" + seeds, "--reports=" + reports);
        args.addAll(List.of(more));
        return args;
    }

    /** The worker is up (context started, listening or trying to reach the broker). */
    private static void awaitReady(ChildJvm worker) {
        worker.awaitTrue(() -> worker.output().contains("worker: runs extraction partitions"), RUN, "the worker's start line");
    }

    private static String brokerUrl(int port) {
        return "tcp://127.0.0.1:" + port + "?consumerWindowSize=0";
    }

    /** The worker that starts a partition first. */
    private static ChildJvm awaitFirstPartition(ChildJvm a, ChildJvm b) {
        a.awaitTrue(() -> !partitionsStarted(a).isEmpty() || !partitionsStarted(b).isEmpty(), RUN, "a partition started by either worker");
        return partitionsStarted(a).isEmpty() ? b : a;
    }

    private static List<String> partitionsStarted(ChildJvm worker) {
        List<String> names = new ArrayList<>();
        Matcher m = PARTITION_STARTS.matcher(worker.log());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Partitions the worker ran to the end. */
    private static List<String> partitionsRun(ChildJvm worker) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("partition (extractPartition:partition\\d+) \\(step execution \\d+\\) ends: COMPLETED")
                .matcher(worker.log());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    // --- the database and the files

    /**
     * A database of its own (a run must not reuse another test's stored extractions), with the
     * Spring Batch and staging tables made before the processes start, as an operator would
     * before starting several machines at once (concurrent CREATE TABLE on PostgreSQL can clash).
     */
    private static TestPostgres.Server freshDatabase(String prefix) {
        TestPostgres.Server db;
        try {
            db = TestPostgres.freshDatabase(prefix);
        } catch (SQLException e) {
            abort("the PostgreSQL server BRIEFING_DB_HOST names does not let this role create a database ("
                    + e.getMessage() + "); unset BRIEFING_DB_HOST to use a server the tests start");
            throw new IllegalStateException(e);
        }
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"),
                new ClassPathResource("db/staging-schema-postgresql.sql")).execute(db.dataSource());
        return db;
    }

    private static String statusOf(TestPostgres.Server db, String stepName) {
        return JdbcClient.create(db.dataSource())
                .sql("SELECT status FROM batch_step_execution WHERE step_name = ? ORDER BY step_execution_id DESC LIMIT 1")
                .param(stepName).query(String.class).single();
    }

    /** The seeds and the first 200 BBC politics articles, copied into the test's folder (no corpus text in the repository). */
    private static Path seedsPlusBbc(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("../shared/corpus/bbc/politics"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(200).toList()) {
                Files.copy(f, folder.resolve("bbc-" + f.getFileName()));
            }
        }
        return folder;
    }

    /** Every CSV file of the one run folder under reports, by name, its bytes as ISO-8859-1 text (one char a byte). */
    private static Map<String, String> csvs(Path reports) throws IOException {
        Path run;
        try (Stream<Path> runs = Files.list(reports)) {
            run = runs.filter(Files::isDirectory).filter(r -> !r.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow(() -> new AssertionError("no briefing in " + reports));
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> csv = Files.list(run)) {
            for (Path f : csv.filter(f -> f.toString().endsWith(".csv")).toList()) {
                files.put(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
