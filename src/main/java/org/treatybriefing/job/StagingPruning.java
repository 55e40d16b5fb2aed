package org.treatybriefing.job;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.treatybriefing.store.StagingStore;

/**
 * Keeps the staging tables to what a later run can use, so the database does not grow with every
 * run: after a run completes, the staged files, merged rows and extractions of every other run
 * are removed, except those of runs {@code --restart} can still resume (the latest run of its
 * seed folder, not completed). The just-completed run keeps its rows, so a rerun of the same
 * folder reuses its extractions. The job history (Spring Batch's tables) stays; the Changes
 * sheet compares with a briefing's CSV files, never with staged rows.
 * <p>
 * Example: runs {@code A1} (completed), {@code B1} (failed), {@code A2} (just completed): after
 * {@code A2}, the rows of {@code A1} go; those of {@code B1} and {@code A2} stay.
 */
final class StagingPruning {

    private static final Logger log = LoggerFactory.getLogger(StagingPruning.class);

    private final JobRepository jobRepository;
    private final StagingStore store;
    private final String extractorKey;

    StagingPruning(JobRepository jobRepository, StagingStore store, String extractorKey) {
        this.jobRepository = jobRepository;
        this.store = store;
        this.extractorKey = extractorKey;
    }

    /** Run by the process that holds the run lock, right after {@code completedRun} completed. */
    void afterCompleted(String completedRun) {
        Set<String> keep = restartableRuns();
        keep.add(completedRun);
        int runs = 0;
        int rows = 0;
        for (String run : store.stagedRuns()) {
            if (!keep.contains(run)) {
                rows += store.removeRun(run);
                runs++;
            }
        }
        int extractions = store.removeUnreadExtractions(extractorKey);
        if (runs > 0 || extractions > 0) {
            log.info("staging tables pruned: {} rows of {} earlier runs, {} extractions no kept run reads",
                    rows, runs, extractions);
        }
    }

    /** The runs {@code --restart} can resume: of each seed folder its latest run, unless it completed. */
    private Set<String> restartableRuns() {
        Set<String> runs = new HashSet<>();
        for (JobExecution last : latestRunByFolder(jobRepository).values()) {
            if (last.getStatus() != BatchStatus.COMPLETED) {
                runs.add(last.getJobParameters().getString(RunParameters.RUN));
            }
        }
        return runs;
    }

    /** The last execution of each seed folder's latest run: the one {@code --restart} resumes. */
    static Map<String, JobExecution> latestRunByFolder(JobRepository jobRepository) {
        Map<String, JobExecution> latest = new HashMap<>();
        for (JobInstance instance : jobRepository.findJobInstances(BriefingJobConfiguration.JOB_NAME)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            String folder = last == null ? null : last.getJobParameters().getString(RunParameters.SEEDS);
            if (folder != null) {
                latest.merge(folder, last, (a, b) -> a.getId() >= b.getId() ? a : b);
            }
        }
        return latest;
    }
}
