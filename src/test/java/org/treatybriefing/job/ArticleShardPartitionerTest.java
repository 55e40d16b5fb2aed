package org.treatybriefing.job;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Partitions follow the grid size Spring Batch passes (on a restart, the first run's), not a setting. */
class ArticleShardPartitionerTest {

    @Test
    void gridSizePartitionsEachWithItsShardTheCountAndTheExtractor() {
        Map<String, ExecutionContext> partitions = new ArticleShardPartitioner("v7-key").partition(3);

        assertThat(partitions).containsOnlyKeys("partition0", "partition1", "partition2");
        assertThat(partitions.get("partition2").getInt(ArticleShardPartitioner.PARTITION)).isEqualTo(2);
        assertThat(partitions.values()).allSatisfy(c -> {
            assertThat(c.getInt(ArticleShardPartitioner.PARTITIONS)).isEqualTo(3);
            assertThat(c.getString(ArticleShardPartitioner.EXTRACTOR_KEY)).isEqualTo("v7-key");
        });
        assertThat(new ArticleShardPartitioner("v7-key").partition(8)).hasSize(8);
    }
}
