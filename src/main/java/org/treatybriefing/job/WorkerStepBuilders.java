package org.treatybriefing.job;

import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * Makes the builder of the step each extraction partition runs ({@code extractPartition}): a
 * plain {@link StepBuilder} in a process that runs the job, or in a worker process
 * ({@code --worker}) Spring Batch Integration's remote-partitioning worker builder, which also
 * wires the step to the queue it takes partition requests from. The step itself (reader,
 * processor, writer) is defined once, in {@link BriefingJobConfiguration}.
 * <p>
 * Example: {@code builders.get("extractPartition").<A, B>chunk(20).reader(r)...build()}.
 */
@FunctionalInterface
public interface WorkerStepBuilders {

    StepBuilder get(String stepName);
}
