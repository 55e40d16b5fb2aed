package org.treatybriefing.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.treatybriefing.BriefingProperties;
import org.treatybriefing.article.SeedFolder;
import org.treatybriefing.changes.PreviousBriefing;
import org.treatybriefing.report.ReportRetention;
import org.treatybriefing.report.ReportWriter;
import org.treatybriefing.store.StagingStore;

/**
 * Starts and restarts briefing runs, one at a time, and reports how they ended. Used by the
 * command line and by the scheduler alike.
 */
@Service
public class BriefingRunner {

    private static final Logger log = LoggerFactory.getLogger(BriefingRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job briefingJob;
    private final DataSource dataSource;
    private final String databaseUrl;
    /** An explicit lock file; empty: the database's own lock (see {@link DatabaseLock}). */
    private final String lockFile;
    private final Clock clock;
    /** briefing.keep-reports-days: run folders older than this are removed after a completed run; 0: none. */
    private final int keepReportsDays;
    private final StagingPruning pruning;

    public BriefingRunner(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob, DataSource dataSource,
                          @Value("${spring.datasource.url:}") String databaseUrl,
                          @Value("${briefing.lock-file:}") String lockFile, BriefingProperties properties,
                          StagingStore store, ExtractorKey extractorKey) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
        this.dataSource = dataSource;
        this.databaseUrl = databaseUrl;
        this.lockFile = lockFile;
        this.clock = Clock.systemDefaultZone();
        this.keepReportsDays = properties.keepReportsDays();
        this.pruning = new StagingPruning(jobRepository, store, extractorKey.value());
    }

    /** A new run of the folder. Throws {@link RunRefusedException} for a user error or a busy database. */
    public RunOutcome run(Path seeds, Path reports) {
        return run(seeds, reports, null);
    }

    /**
     * A new run of the folder, compared with the briefing in {@code compareTo} ({@code --compare-to}),
     * or, when null, with the previous briefing of the reports folder (see {@link PreviousBriefing}).
     */
    public RunOutcome run(Path seeds, Path reports, Path compareTo) {
        SeedFolder.open(seeds); // a missing, empty or unreadable folder stops here, with its reason
        Path named = compareTo == null ? null : checkedCompareTo(compareTo);
        String launched = null;
        try (AutoCloseable lock = acquire()) {
            recoverAbandonedRuns();
            RunParameters params = RunParameters.startingNow(seeds, reports, LocalDateTime.now(clock));
            // two runs of one folder in the same second get distinct names
            for (int n = 2; jobRepository.getJobInstance(BriefingJobConfiguration.JOB_NAME, params.toJobParameters()) != null; n++) {
                params = params.numbered(n);
            }
            // chosen now and kept as a job parameter: a restart compares with the same briefing
            params = params.comparedWith(named != null ? named
                    : PreviousBriefing.latestIn(params.reports(), params.runName()).orElse(null));
            log.info("run {} starts on {}", params.runName(), params.seeds());
            launched = params.runName();
            RunOutcome outcome = finish(jobOperator.start(briefingJob, params.toJobParameters()));
            if (outcome.completed()) {
                // still under the lock: two runs never prune at once
                removeOldBriefings(params.reports());
                pruneStaging(outcome.runName());
            }
            return outcome;
        } catch (RunRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw failed(launched, "start", e);
        }
    }

    private static Path checkedCompareTo(Path folder) {
        try {
            return PreviousBriefing.checked(folder);
        } catch (IllegalArgumentException e) {
            throw new RunRefusedException("--compare-to " + e.getMessage());
        }
    }

    /** briefing.keep-reports-days: a failure to remove is a log line, never a failed run. */
    private void removeOldBriefings(Path reports) {
        try {
            for (Path removed : ReportRetention.removeOlderThan(reports, keepReportsDays, LocalDateTime.now(clock))) {
                log.info("removed briefing {}: older than {} days (briefing.keep-reports-days)", removed, keepReportsDays);
            }
        } catch (IOException e) {
            log.warn("could not remove old briefings in {}: {}", reports, e.toString());
        }
    }

    /** The staged rows of runs no one can use any more: a failure to remove is a log line, never a failed run. */
    private void pruneStaging(String completedRun) {
        try {
            pruning.afterCompleted(completedRun);
        } catch (RuntimeException e) {
            log.warn("could not prune the staging tables after run {}: {}", completedRun, e.toString());
        }
    }

    /**
     * The reports folder exists (or can be made) and can be written: found out before extraction,
     * not at the last step. Refused with a usage error otherwise.
     */
    public static void checkWritable(Path reports) {
        Path folder = reports.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException | UnsupportedOperationException e) {
            throw new RunRefusedException("reports folder " + folder + " cannot be made ("
                    + (Files.exists(folder) && !Files.isDirectory(folder) ? "it is a file" : "a file stands in its path or no permission")
                    + "); give another with --reports=DIR");
        }
        if (!Files.isWritable(folder)) {
            throw new RunRefusedException("reports folder " + folder + " cannot be written (permissions); give another with --reports=DIR");
        }
    }

    /**
     * Restarts the latest unfinished run of the folder: Spring Batch resumes at the step that
     * failed. A run killed midway (still marked as running) is first marked failed.
     */
    public RunOutcome restart(Path seeds) {
        String folder = seeds.toAbsolutePath().normalize().toString();
        String launched = null;
        try (AutoCloseable lock = acquire()) {
            JobExecution last = latestExecutionOf(folder)
                    .orElseThrow(() -> new RunRefusedException("no earlier run of " + folder + " to restart in this database ("
                            + databaseUrl.replaceFirst(";.*", "") + "; each --reports or --data folder has its own)"));
            if (last.getStatus() == BatchStatus.COMPLETED) {
                throw new RunRefusedException("the latest run of " + folder + " ("
                        + last.getJobParameters().getString(RunParameters.RUN) + ") completed: nothing to restart");
            }
            if (last.getStatus().isRunning()) {
                // we hold the lock, so no process runs it: it was killed
                last = jobOperator.recover(last);
            }
            launched = last.getJobParameters().getString(RunParameters.RUN);
            log.info("run {} restarts", launched);
            RunOutcome outcome = finish(jobOperator.restart(last));
            if (outcome.completed()) {
                pruneStaging(outcome.runName());
            }
            return outcome;
        } catch (RunRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw failed(launched, "restart", e);
        }
    }

    /**
     * Runs still marked as running while this process holds the lock were killed (kill -9, a
     * power cut): they are marked failed, so the job repository tells the truth and --restart can
     * resume them, and their hidden ".<run>.partial" output folders are removed.
     */
    private void recoverAbandonedRuns() throws Exception {
        for (JobInstance instance : jobRepository.findJobInstances(BriefingJobConfiguration.JOB_NAME)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || !last.getStatus().isRunning()) {
                continue;
            }
            log.info("run {} was abandoned (killed while running): marked failed",
                    last.getJobParameters().getString(RunParameters.RUN));
            jobOperator.recover(last);
            removePartialOutput(last);
        }
    }

    private static void removePartialOutput(JobExecution abandoned) {
        String reports = abandoned.getJobParameters().getString(RunParameters.REPORTS);
        String run = abandoned.getJobParameters().getString(RunParameters.RUN);
        if (reports == null || run == null) {
            return;
        }
        try {
            ReportWriter.removePartialOutput(Path.of(reports).resolve(run));
        } catch (IOException e) {
            log.warn("could not remove the partial output of abandoned run {}: {}", run, e.getMessage());
        }
    }

    private Optional<JobExecution> latestExecutionOf(String folder) {
        return Optional.ofNullable(StagingPruning.latestRunByFolder(jobRepository).get(folder));
    }

    /**
     * A run that could not be started, or one the job repository itself failed under (a full
     * disk): one line with the cause that says what to do; the chain of causes goes to the log.
     */
    private static IllegalStateException failed(String launched, String action, Exception e) {
        log.error("the run could not {}", action, e);
        String reason = FailureReason.of(e);
        return new IllegalStateException(launched == null ? "the run could not " + action + ": " + reason
                : "run " + launched + " failed: " + reason + "; when that is fixed, --restart resumes it", e);
    }

    private AutoCloseable acquire() throws SQLException {
        return DatabaseLock.tryAcquire(dataSource, databaseUrl, lockFile).orElseThrow(() -> new RunRefusedException(
                "another briefing run is using this database (" + DatabaseLock.describe(databaseUrl, lockFile)
                        + "); try again when it ends"));
    }

    private RunOutcome finish(JobExecution execution) {
        Map<String, Integer> rows = new HashMap<>();
        execution.getExecutionContext().entrySet().forEach(e -> {
            if (e.getKey().startsWith("rows.")) {
                rows.put(e.getKey().substring(5), ((Number) e.getValue()).intValue());
            }
        });
        for (StepExecution step : execution.getStepExecutions()) {
            log.info("step {}: {} read, {} written, {} filtered, status {}", step.getStepName(), step.getReadCount(),
                    step.getWriteCount(), step.getFilterCount(), step.getStatus());
        }
        String runName = execution.getJobParameters().getString(RunParameters.RUN);
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        String failure = completed ? null : failureOf(execution);
        log.info("run {} ends: {}", runName, completed ? "completed" : "failed: " + failure);
        return new RunOutcome(completed, runName,
                execution.getExecutionContext().containsKey(BriefingJobConfiguration.OUTPUT_FOLDER)
                        ? execution.getExecutionContext().getString(BriefingJobConfiguration.OUTPUT_FOLDER) : "",
                rows, failure);
    }

    /**
     * Why a run failed, from the step that failed first-hand: a partition's own failure ("No
     * space left on device") rather than its manager's "Partition handler returned an
     * unsuccessful step".
     */
    private static String failureOf(JobExecution execution) {
        Comparator<StepExecution> workersFirst = Comparator.comparing(s -> !s.getStepName().contains(":"));
        Optional<String> inputOutput = execution.getAllFailureExceptions().stream()
                .map(FailureReason::inputOutputCause).flatMap(Optional::stream).findFirst();
        if (inputOutput.isPresent()) {
            // a full disk makes the job repository fail too, in words that hide it; the step, when known, says where
            return execution.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
                    .sorted(workersFirst).findFirst().map(s -> "step " + s.getStepName() + ": ").orElse("")
                    + inputOutput.get();
        }
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .sorted(workersFirst)
                .map(s -> "step " + s.getStepName() + ": " + (s.getFailureExceptions().isEmpty()
                        ? "status " + s.getStatus() : FailureReason.of(s.getFailureExceptions().get(0))))
                .findFirst()
                .orElseGet(() -> execution.getAllFailureExceptions().isEmpty() ? "status " + execution.getStatus()
                        : FailureReason.of(execution.getAllFailureExceptions().get(0)));
    }
}
