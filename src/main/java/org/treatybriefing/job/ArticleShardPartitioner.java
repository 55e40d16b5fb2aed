package org.treatybriefing.job;

import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's articles into {@code gridSize} partitions by content shard: partition i of n
 * takes the articles whose shard is i modulo n, so the same content is always in one partition
 * and each partition is a unit that a local thread or a remote worker can take.
 * <p>
 * The count comes from the grid size Spring Batch passes in, not from a setting read here: on a
 * restart Spring Batch passes the grid size of the run's first execution, so the partitions keep
 * their names and contents even when the setting (or local/remote partitioning) changed since.
 * <p>
 * Example: {@code new ArticleShardPartitioner("v7-0123abcd").partition(2)} gives
 * {@code partition0 = {partition: 0, partitions: 2, extractorKey: v7-0123abcd}} and
 * {@code partition1 = {partition: 1, partitions: 2, ...}}.
 */
public final class ArticleShardPartitioner implements Partitioner {

    public static final String PARTITION = "partition";
    public static final String PARTITIONS = "partitions";
    /** The manager's extractor: a remote worker refuses a partition its own extractor does not match. */
    public static final String EXTRACTOR_KEY = "extractorKey";

    private final String extractorKey;

    public ArticleShardPartitioner(String extractorKey) {
        this.extractorKey = extractorKey;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new HashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext c = new ExecutionContext();
            c.putInt(PARTITION, i);
            c.putInt(PARTITIONS, gridSize);
            c.putString(EXTRACTOR_KEY, extractorKey);
            contexts.put(PARTITION + i, c);
        }
        return contexts;
    }
}
