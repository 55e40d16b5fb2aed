package org.treatybriefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The --schedule mode starts runs at the configured cron expression, one at a time, until stopped. */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "briefing.schedule=*/2 * * * * *",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/schedule-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/schedule.lock"})
class ScheduledBriefingTest {

    @Autowired
    private ScheduledBriefing scheduled;

    @TempDir
    Path reports;

    @Test
    void runsAtTheCronExpressionUntilStopped() throws Exception {
        Thread schedule = new Thread(() -> scheduled.start(Path.of("seeds"), reports));
        schedule.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (briefings() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        schedule.interrupt();
        schedule.join(120_000); // a run under way finishes first

        assertThat(briefings()).as("briefings written by the schedule").isGreaterThanOrEqualTo(2);
        assertThat(schedule.isAlive()).as("the schedule stops when interrupted").isFalse();
        try (Stream<Path> runs = Files.list(reports)) {
            assertThat(runs.filter(p -> p.getFileName().toString().startsWith(".")).toList())
                    .as("no half-written run left").isEmpty();
        }
    }

    private long briefings() throws Exception {
        try (Stream<Path> runs = Files.list(reports)) {
            return runs.filter(p -> Files.exists(p.resolve("briefing.xlsx"))).count();
        }
    }
}
