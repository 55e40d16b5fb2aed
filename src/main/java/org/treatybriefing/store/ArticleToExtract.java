package org.treatybriefing.store;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

/** An article row read back from staging for the extraction step. */
public record ArticleToExtract(int ordinal, String sourceId, String sha256, String text) {

    /**
     * The articles of one extraction partition, a page at a time in file order: partition
     * {@code partition} of {@code partitions} holds the articles whose content shard is
     * {@code partition} modulo {@code partitions} (see {@code StagingStore.shard}).
     */
    public static JdbcPagingItemReader<ArticleToExtract> reader(DataSource dataSource, String run, int partition,
                                                                int partitions) throws Exception {
        return new JdbcPagingItemReaderBuilder<ArticleToExtract>()
                .name("articlesToExtract")
                .dataSource(dataSource)
                .selectClause("SELECT ordinal, source_id, sha256, body")
                .fromClause("FROM tb_run_file")
                .whereClause("WHERE run_name = :run AND status = 'ok' AND MOD(shard, :partitions) = :partition")
                .parameterValues(Map.of("run", run, "partitions", partitions, "partition", partition))
                .sortKeys(Map.of("ordinal", Order.ASCENDING))
                .rowMapper((rs, n) -> new ArticleToExtract(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .pageSize(20)
                .build();
    }
}
