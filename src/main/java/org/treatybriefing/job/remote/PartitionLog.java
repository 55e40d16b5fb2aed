package org.treatybriefing.job.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.treatybriefing.job.RunParameters;

/**
 * A worker's log line as each partition starts and ends, so an operator (or a test) reading a
 * worker's log sees which partitions it ran:
 * "run 2026-12-02T031109_inbox: partition extractPartition:partition3 (step execution 42) starts" and
 * "... ends: COMPLETED, 25 read, 25 written".
 */
final class PartitionLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionLog.class);

    @Override
    public void beforeStep(StepExecution partition) {
        log.info("run {}: partition {} (step execution {}) starts", run(partition), partition.getStepName(),
                partition.getId());
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        log.info("run {}: partition {} (step execution {}) ends: {}, {} read, {} written", run(partition),
                partition.getStepName(), partition.getId(), partition.getStatus(), partition.getReadCount(),
                partition.getWriteCount());
        return null;
    }

    private static String run(StepExecution partition) {
        return partition.getJobExecution().getJobParameters().getString(RunParameters.RUN);
    }
}
