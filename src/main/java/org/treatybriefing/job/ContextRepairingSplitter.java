package org.treatybriefing.job;

import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Spring Batch's splitter, except that a partition resumed with an empty execution context gets
 * its partition's context again. Spring Batch 6 saves a partition's step execution with an empty
 * context and fills it in a second statement: a run killed between the two (SIGTERM right as
 * extraction starts, which {@code ScheduleStopTest} does) left a partition that a restart would
 * resume without knowing which articles are its own (a NullPointerException in its reader).
 * <p>
 * Example: on restart, {@code extractPartition:partition1} whose stored context is {@code {}}
 * resumes with {@code {partition: 1, partitions: 2, extractorKey: ...}}, the grid size being the
 * first run's.
 */
public final class ContextRepairingSplitter extends SimpleStepExecutionSplitter {

    private static final String GRID_SIZE = SimpleStepExecutionSplitter.class.getSimpleName() + ".GRID_SIZE";

    private final JobRepository repository;
    private final String stepName;
    private final Partitioner partitioner;

    public ContextRepairingSplitter(JobRepository repository, String stepName, Partitioner partitioner) {
        super(repository, stepName, partitioner);
        this.repository = repository;
        this.stepName = stepName;
        this.partitioner = partitioner;
    }

    @Override
    public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
        Set<StepExecution> partitions = super.split(manager, gridSize);
        Map<String, ExecutionContext> contexts = null;
        for (StepExecution partition : partitions) {
            if (partition.getExecutionContext().containsKey(ArticleShardPartitioner.PARTITION)) {
                continue;
            }
            if (contexts == null) { // the grid size the splitter used: on a restart, the first run's
                contexts = partitioner.partition((int) manager.getExecutionContext().getLong(GRID_SIZE, gridSize));
            }
            ExecutionContext context = contexts.get(partition.getStepName().substring(stepName.length() + 1));
            if (context != null) {
                context.entrySet().forEach(e -> partition.getExecutionContext().put(e.getKey(), e.getValue()));
                repository.updateExecutionContext(partition);
            }
        }
        return partitions;
    }
}
