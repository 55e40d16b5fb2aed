package org.treatybriefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.SharedCorpus;
import org.treatybriefing.TreatyBriefingApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --schedule stopped by SIGTERM while a run is under way (in a JVM of its own, as an operator's
 * systemd stop would): the process ends promptly, and the run it interrupted is a failed,
 * restartable run: --restart completes it, and no half-written folder stays.
 */
class ScheduleStopTest {

    @TempDir
    Path work;

    @Test
    void sigtermStopsTheScheduleAndTheRunUnderWayResumesWithRestart() throws Exception {
        String db = "./target/test-db/stop-" + UUID.randomUUID();
        Path reports = work.resolve("reports");
        Path log = work.resolve("schedule.log");
        Path seeds = SharedCorpus.bbcPolitics(work.resolve("seeds"), 300);
        Process p = start(db, log, "--schedule", "--seeds=" + seeds, "--reports=" + reports, "--briefing.schedule=*/2 * * * * *");
        try {
            long deadline = System.currentTimeMillis() + 90_000;
            // the job repository has the run as started once a step starts; extracting 300 articles
            // takes seconds, so the SIGTERM below meets the run under way
            while (!logHas(log, "step extractArticles starts") && p.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(logHas(log, "step extractArticles starts")).as("a scheduled run under way; its output:%n%s",
                    Files.readString(work.resolve("out.txt"))).isTrue();

            p.destroy(); // SIGTERM, while the run is under way

            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.readString(log)).contains("schedule stopping");

        Process restart = start(db, work.resolve("restart.log"), "--restart", "--seeds=" + seeds, "--reports=" + reports);
        assertThat(restart.waitFor(120, TimeUnit.SECONDS)).as("the restart ends").isTrue();
        assertThat(restart.exitValue()).as(Files.readString(work.resolve("out.txt"))).isZero();
        try (Stream<Path> runs = Files.list(reports)) {
            List<Path> all = runs.toList();
            assertThat(all).as("no half-written run left").noneMatch(r -> r.getFileName().toString().startsWith("."));
            assertThat(all).as("every briefing complete, the interrupted run's among them").isNotEmpty()
                    .allMatch(r -> Files.exists(r.resolve("briefing.xlsx")));
        }
    }

    private Process start(String db, Path log, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                TreatyBriefingApplication.class.getName(),
                "--spring.datasource.url=jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE",
                "--briefing.lock-file=" + db + ".lock",
                "--logging.file.name=" + log));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(work.resolve("out.txt").toFile()).redirectErrorStream(true).start();
    }


    private static boolean logHas(Path log, String text) throws Exception {
        return Files.exists(log) && Files.readString(log).contains(text);
    }
}
