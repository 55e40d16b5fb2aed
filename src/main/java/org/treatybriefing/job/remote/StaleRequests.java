package org.treatybriefing.job.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.GenericSelector;

/**
 * Lets through only requests for partitions that nobody has started: a request left on the
 * queue by a manager that has since given up (and marked the partition failed) or been killed
 * and recovered is dropped with a log line, not run for a run that is over.
 * <p>
 * Example: a request for step execution 42, recorded as {@code FAILED}, is dropped; one recorded
 * as {@code STARTING} (just created by the manager) is run.
 */
final class StaleRequests implements GenericSelector<StepExecutionRequest> {

    private static final Logger log = LoggerFactory.getLogger(StaleRequests.class);

    private final JobRepository repository;

    StaleRequests(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean accept(StepExecutionRequest request) {
        StepExecution partition = repository.getStepExecution(request.getStepExecutionId());
        if (partition == null || partition.getStatus() != BatchStatus.STARTING) {
            log.warn("request for {} (step execution {}) dropped: {}", request.getStepName(), request.getStepExecutionId(),
                    partition == null ? "no such step execution in this job repository"
                            : "recorded as " + partition.getStatus() + ", not waiting for a worker");
            return false;
        }
        return true;
    }
}
