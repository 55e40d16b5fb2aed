package org.treatybriefing.job;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A run killed between Spring Batch's two statements that record a partition (its step execution
 * with an empty context, then the context) leaves a partition without its context: a restart
 * gives it back its own.
 */
class ContextRepairingSplitterTest {

    @Test
    void aPartitionStoredWithAnEmptyContextResumesWithItsOwn() throws Exception {
        JobInstance instance = new JobInstance(1L, "briefingJob");
        JobExecution first = new JobExecution(1L, instance, new JobParameters());
        JobExecution restart = new JobExecution(2L, instance, new JobParameters());
        StepExecution manager = new StepExecution(10L, "extractArticles", restart);
        manager.getExecutionContext().putLong("SimpleStepExecutionSplitter.GRID_SIZE", 2); // the first run's grid

        ArticleShardPartitioner partitioner = new ArticleShardPartitioner("v7-key");
        StepExecution complete = failed(11L, "extractPartition:partition0", first);
        complete.setExecutionContext(partitioner.partition(2).get("partition0"));
        StepExecution empty = failed(12L, "extractPartition:partition1", first); // killed before its context was saved

        JobRepository repository = mock(JobRepository.class);
        when(repository.getLastStepExecution(any(), eq("extractPartition:partition0"))).thenReturn(complete);
        when(repository.getLastStepExecution(any(), eq("extractPartition:partition1"))).thenReturn(empty);
        when(repository.createStepExecution(any(), eq(restart)))
                .thenAnswer(a -> new StepExecution(20L + a.getArgument(0, String.class).length(), a.getArgument(0), restart));

        Set<StepExecution> partitions = new ContextRepairingSplitter(repository, "extractPartition", partitioner)
                .split(manager, 8);

        Map<String, StepExecution> byName = new java.util.HashMap<>();
        partitions.forEach(p -> byName.put(p.getStepName(), p));
        assertThat(byName).containsOnlyKeys("extractPartition:partition0", "extractPartition:partition1");
        StepExecution repaired = byName.get("extractPartition:partition1");
        assertThat(repaired.getExecutionContext().getInt(ArticleShardPartitioner.PARTITION)).isEqualTo(1);
        assertThat(repaired.getExecutionContext().getInt(ArticleShardPartitioner.PARTITIONS)).as("the first run's grid").isEqualTo(2);
        verify(repository, times(2)).updateExecutionContext(repaired); // Spring Batch's (empty), then the repaired one
    }

    private static StepExecution failed(long id, String name, JobExecution job) {
        StepExecution s = new StepExecution(id, name, job);
        s.setStatus(BatchStatus.FAILED);
        return s;
    }
}
