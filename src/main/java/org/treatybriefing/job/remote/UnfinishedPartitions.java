package org.treatybriefing.job.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * After the manager's partitioned step failed: says which partitions did not finish, and marks
 * those still recorded as running (their worker died, or no worker took them before the timeout)
 * as failed, so the job repository tells the truth and {@code --restart} can resume them (Spring
 * Batch refuses to restart a run while one of its steps looks as if it were running).
 * <p>
 * The step's failure then reads, for instance, "2 of 8 partitions unfinished after 30 s (a
 * worker died, or none is running): partition3, partition6; a failed partition: partition1 on
 * its worker: IllegalStateException: ..." instead of a bare TimeoutException.
 */
final class UnfinishedPartitions implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedPartitions.class);

    private final JobRepository repository;
    private final String workerStep;
    private final Duration timeout;

    UnfinishedPartitions(JobRepository repository, String workerStep, Duration timeout) {
        this.repository = repository;
        this.workerStep = workerStep;
        this.timeout = timeout;
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        if (manager.getStatus() != BatchStatus.FAILED) {
            return null;
        }
        // the workers wrote to the repository: what the manager holds in memory is stale
        JobExecution fresh = repository.getJobExecution(manager.getJobExecutionId());
        if (fresh == null) {
            return null;
        }
        List<StepExecution> partitions = fresh.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(workerStep + ":"))
                .sorted(Comparator.comparing(StepExecution::getStepName)).toList();
        boolean timedOut = manager.getFailureExceptions().stream().anyMatch(TimeoutException.class::isInstance);
        List<String> unfinished = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (StepExecution p : partitions) {
            String name = p.getStepName().substring(workerStep.length() + 1);
            if (p.getStatus().isRunning()) {
                unfinished.add(name);
                p.setStatus(BatchStatus.FAILED);
                p.setExitStatus(ExitStatus.FAILED.addExitDescription(timedOut
                        ? "unfinished when the manager stopped waiting after " + seconds(timeout)
                        : "unfinished when the manager's step failed"));
                p.setEndTime(LocalDateTime.now());
                repository.update(p);
            } else if (p.getStatus() == BatchStatus.FAILED) {
                failed.add(name + " on its worker: " + firstLine(p.getExitStatus().getExitDescription()));
            }
        }
        if (!timedOut && failed.isEmpty()) {
            return null; // the step failed on its own (the broker out of reach): its exception says why
        }
        String reason = describe(timedOut ? unfinished : List.of(), failed, partitions.size());
        if (reason.isEmpty()) {
            return null;
        }
        log.error("step {} failed: {}", manager.getStepName(), reason);
        // first, so the run's one-line failure (BriefingRunner) says this rather than "TimeoutException"
        manager.getFailureExceptions().add(0, new IllegalStateException(reason));
        return ExitStatus.FAILED.addExitDescription(reason);
    }

    private String describe(List<String> unfinished, List<String> failed, int all) {
        List<String> parts = new ArrayList<>();
        if (!unfinished.isEmpty()) {
            parts.add(unfinished.size() + " of " + all + " partitions unfinished after " + seconds(timeout)
                    + " (a worker died, or none is running): " + String.join(", ", unfinished));
        }
        if (!failed.isEmpty()) {
            parts.add("failed partitions: " + String.join("; ", failed));
        }
        return String.join("; ", parts);
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    private static String firstLine(String description) {
        if (description == null || description.isBlank()) {
            return "no reason recorded";
        }
        String line = description.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
