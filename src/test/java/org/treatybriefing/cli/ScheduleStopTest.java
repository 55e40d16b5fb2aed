package org.treatybriefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.SharedCorpus;
import org.treatybriefing.testsupport.ChildJvm;

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
        Path seeds = SharedCorpus.bbcPolitics(work.resolve("seeds"), 300);
        try (ChildJvm p = ChildJvm.application().database(db).named(work, "schedule")
                .args("--schedule", "--seeds=" + seeds, "--reports=" + reports, "--briefing.schedule=*/2 * * * * *").start()) {
            // the job repository has the run as started once a step starts; extracting 300 articles
            // takes seconds, so the SIGTERM below meets the run under way
            p.awaitLog("step extractArticles starts", Duration.ofSeconds(90));

            p.terminate(); // SIGTERM, while the run is under way

            p.awaitExit(Duration.ofSeconds(120));
            assertThat(p.log()).contains("schedule stopping");
        }

        ChildJvm.Result restart = ChildJvm.application().database(db).named(work, "restart")
                .args("--restart", "--seeds=" + seeds, "--reports=" + reports).run(Duration.ofSeconds(120));
        assertThat(restart.exit()).as(restart.out()).isZero();
        try (Stream<Path> runs = Files.list(reports)) {
            List<Path> all = runs.toList();
            assertThat(all).as("no half-written run left").noneMatch(r -> r.getFileName().toString().startsWith("."));
            assertThat(all).as("every briefing complete, the interrupted run's among them").isNotEmpty()
                    .allMatch(r -> Files.exists(r.resolve("briefing.xlsx")));
        }
    }
}
