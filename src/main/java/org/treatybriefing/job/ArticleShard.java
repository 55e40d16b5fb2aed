package org.treatybriefing.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Which articles a partition of the extraction step takes: those whose content shard is
 * {@code partition} modulo {@code partitions}. Read from the partition's execution context; a
 * partition whose context a killed run never saved ("extractPartition:partition1", empty) is
 * known by its name, so its restart takes the same articles instead of failing.
 */
record ArticleShard(int partition, int partitions) {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    static ArticleShard of(String stepName, ExecutionContext context, int defaultPartitions) {
        int partitions = context.containsKey(PARTITIONS) ? context.getInt(PARTITIONS) : defaultPartitions;
        if (context.containsKey(PARTITION)) {
            return new ArticleShard(context.getInt(PARTITION), partitions);
        }
        int at = stepName.lastIndexOf(PARTITION);
        if (at < 0) {
            throw new IllegalStateException("step " + stepName + " is no partition of the extraction step");
        }
        return new ArticleShard(Integer.parseInt(stepName.substring(at + PARTITION.length())), partitions);
    }
}
