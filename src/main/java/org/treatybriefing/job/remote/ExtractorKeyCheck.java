package org.treatybriefing.job.remote;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.treatybriefing.job.ArticleShardPartitioner;

/**
 * A worker refuses a partition whose run was started with another extractor (another build of
 * the jar, or other lexicons in {@code config/}): its extractions would be stored under a key the
 * manager never reads, and the briefing would silently lack those articles. The partition fails
 * with a reason that says what to do.
 * <p>
 * Example: manager key {@code v7-0123abcd}, worker key {@code v7-89efcdab}: "this worker's
 * extractor (v7-89efcdab) differs from the run's (v7-0123abcd): give every worker the manager's
 * jar and config/".
 */
final class ExtractorKeyCheck implements StepExecutionListener {

    private final String workerKey;

    ExtractorKeyCheck(String workerKey) {
        this.workerKey = workerKey;
    }

    @Override
    public void beforeStep(StepExecution partition) {
        String runKey = partition.getExecutionContext().getString(ArticleShardPartitioner.EXTRACTOR_KEY, workerKey);
        if (!runKey.equals(workerKey)) {
            throw new IllegalStateException("this worker's extractor (" + workerKey + ") differs from the run's (" + runKey
                    + "): give every worker the manager's jar and config/");
        }
    }
}
