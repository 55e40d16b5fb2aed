package org.treatybriefing.job;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleShardTest {

    @Test
    void aPartitionIsReadFromItsContext() {
        ExecutionContext context = new ExecutionContext();
        context.putInt("partition", 3);
        context.putInt("partitions", 4);

        assertThat(ArticleShard.of("extractPartition:partition3", context, 2)).isEqualTo(new ArticleShard(3, 4));
    }

    @Test
    void aPartitionWhoseContextAKilledRunNeverSavedIsKnownByItsName() {
        assertThat(ArticleShard.of("extractPartition:partition1", new ExecutionContext(), 2))
                .isEqualTo(new ArticleShard(1, 2));
    }
}
