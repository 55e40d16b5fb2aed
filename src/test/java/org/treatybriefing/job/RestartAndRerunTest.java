package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.report.BriefingTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reruns give the same tables; a failed run resumes with a restart and ends as an uninterrupted run. */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/restart-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/restart.lock"})
class RestartAndRerunTest {

    private static final Path SEEDS = Path.of("seeds");

    @Autowired
    private BriefingRunner runner;

    @Autowired
    private JobRepository jobRepository;

    @TempDir
    Path work;

    @Test
    void aRerunOfTheSameFolderWritesByteIdenticalCsvFiles() throws Exception {
        RunOutcome first = runner.run(SEEDS, work.resolve("a"));
        Thread.sleep(1100); // a new run name (it holds the second)
        RunOutcome second = runner.run(SEEDS, work.resolve("b"));
        assertThat(first.completed()).isTrue();
        assertThat(second.completed()).isTrue();
        assertThat(second.runName()).isNotEqualTo(first.runName());
        for (BriefingTable table : BriefingTable.values()) {
            assertThat(Files.readAllBytes(Path.of(second.outputFolder(), table.fileName() + ".csv")))
                    .as(table.fileName())
                    .isEqualTo(Files.readAllBytes(Path.of(first.outputFolder(), table.fileName() + ".csv")));
        }
    }

    @Test
    void aRunThatFailsWritingResumesWithRestartAndEqualsAnUninterruptedRun() throws Exception {
        RunOutcome uninterrupted = runner.run(SEEDS, work.resolve("clean"));
        Thread.sleep(1100);

        // the reports "folder" is a file: the last step cannot write, the run fails there
        Path blocked = work.resolve("blocked");
        Files.writeString(blocked, "not a folder");
        RunOutcome failed = runner.run(SEEDS, blocked);
        assertThat(failed.completed()).isFalse();
        // FailureReason (issue 12, defect 8) gives the input/output cause, not the step that met it
        assertThat(failed.failure()).contains("Not a directory");
        assertThat(Files.isRegularFile(blocked)).as("nothing half-written in its place").isTrue();

        Files.delete(blocked);
        Files.createDirectory(blocked);
        RunOutcome restarted = runner.restart(SEEDS);
        assertThat(restarted.completed()).isTrue();
        assertThat(restarted.runName()).isEqualTo(failed.runName());
        try (Stream<Path> left = Files.list(blocked)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly(failed.runName());
        }
        for (BriefingTable table : BriefingTable.values()) {
            assertThat(Files.readAllBytes(Path.of(restarted.outputFolder(), table.fileName() + ".csv")))
                    .as(table.fileName())
                    .isEqualTo(Files.readAllBytes(Path.of(uninterrupted.outputFolder(), table.fileName() + ".csv")));
        }
        assertThatThrownBy(() -> runner.restart(SEEDS)).isInstanceOf(RunRefusedException.class)
                .hasMessageContaining("nothing to restart");
    }

    @Test
    void aSecondRunOnTheSameDatabaseIsRefusedWhileOneHoldsTheLock() throws Exception {
        try (RunLock held = RunLock.tryAcquire(Path.of("target/test-db/restart.lock")).orElseThrow()) {
            assertThatThrownBy(() -> runner.run(SEEDS, work.resolve("busy")))
                    .isInstanceOf(RunRefusedException.class)
                    .hasMessageContaining("another briefing run");
        }
        assertThat(work.resolve("busy")).doesNotExist();
        assertThat(runner.run(SEEDS, work.resolve("free")).completed()).isTrue();
    }

    @Test
    void aMissingSeedFolderIsAUserErrorBeforeAnyRun() {
        assertThatThrownBy(() -> runner.run(work.resolve("nowhere"), work.resolve("r")))
                .isInstanceOf(org.treatybriefing.article.SeedFolderException.class)
                .hasMessageContaining("does not exist");
        assertThat(List.of(work.toFile().list())).doesNotContain("r");
    }

    @Test
    void aRunKilledMidwayIsMarkedFailedByTheNextRunAndItsPartialFolderRemoved() throws Exception {
        RunOutcome killed = runner.run(SEEDS, work.resolve("k"));
        // what kill -9 leaves behind: the execution still marked as running, a hidden partial folder
        JobExecution execution = jobRepository.getLastJobExecution(jobRepository.findJobInstances(BriefingJobConfiguration.JOB_NAME)
                .stream().filter(i -> killed.runName().equals(jobRepository.getLastJobExecution(i).getJobParameters()
                        .getString(RunParameters.RUN))).findFirst().orElseThrow());
        execution.setStatus(BatchStatus.STARTED);
        execution.setEndTime(null);
        jobRepository.update(execution);
        Path partial = work.resolve("k").resolve("." + killed.runName() + ".partial");
        Files.createDirectories(partial.resolve("sub"));
        Files.writeString(partial.resolve("sub/quotes.csv"), "half");
        Thread.sleep(1100);

        RunOutcome next = runner.run(SEEDS, work.resolve("n"));

        assertThat(next.completed()).isTrue();
        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(partial).doesNotExist();
        assertThat(Path.of(killed.outputFolder())).as("the finished output of the killed run stays").isDirectory();
    }

    @Test
    void aRestartAfterAKillRightAfterTheRenameRecognisesItsOwnBriefingAndCompletes() throws Exception {
        RunOutcome killed = runner.run(SEEDS, work.resolve("r"));
        byte[] quotes = Files.readAllBytes(Path.of(killed.outputFolder(), BriefingTable.QUOTES.fileName() + ".csv"));
        // kill -9 after the rename: the briefing is in place, the last step and the run still marked running
        JobExecution execution = lastExecutionOf(killed.runName());
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals("writeReports")) {
                step.setStatus(BatchStatus.STARTED);
                step.setEndTime(null);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.STARTED);
        execution.setEndTime(null);
        jobRepository.update(execution);

        RunOutcome restarted = runner.restart(SEEDS);

        assertThat(restarted.completed()).as(restarted.failure()).isTrue();
        assertThat(restarted.runName()).isEqualTo(killed.runName());
        assertThat(Files.readAllBytes(Path.of(restarted.outputFolder(), BriefingTable.QUOTES.fileName() + ".csv"))).isEqualTo(quotes);
        try (Stream<Path> left = Files.list(work.resolve("r"))) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly(killed.runName());
        }
    }

    private JobExecution lastExecutionOf(String runName) {
        return jobRepository.findJobInstances(BriefingJobConfiguration.JOB_NAME).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(e -> runName.equals(e.getJobParameters().getString(RunParameters.RUN)))
                .findFirst().orElseThrow();
    }
}
