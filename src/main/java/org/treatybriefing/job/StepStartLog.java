package org.treatybriefing.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * One log line as each step of a run starts, so an operator reading the nightly log (or a
 * process watching it) sees where a run is: "run 2026-12-02T031109_seeds: step extractArticles starts".
 * The step's counts are logged by {@link BriefingRunner} when the run ends.
 */
public class StepStartLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepStartLog.class);

    @Override
    public void beforeStep(StepExecution step) {
        log.info("run {}: step {} starts", step.getJobExecution().getJobParameters().getString(RunParameters.RUN),
                step.getStepName());
    }
}
