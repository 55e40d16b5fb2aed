package org.treatybriefing.store;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.infrastructure.item.database.support.SqlPagingQueryProviderFactoryBean;

/** An article row read back from staging for the extraction step. */
public record ArticleToExtract(int ordinal, String sourceId, String sha256, String text) {

    /**
     * The articles of one extraction partition, a page at a time in file order: partition
     * {@code partition} of {@code partitions} holds the articles whose content shard is
     * {@code partition} modulo {@code partitions} (see {@code StagingStore.shard}).
     */
    public static JdbcPagingItemReader<ArticleToExtract> reader(DataSource dataSource, String run, int partition,
                                                                int partitions) throws Exception {
        SqlPagingQueryProviderFactoryBean query = new SqlPagingQueryProviderFactoryBean();
        query.setDataSource(dataSource);
        query.setSelectClause("SELECT ordinal, source_id, sha256, body");
        query.setFromClause("FROM tb_run_file");
        query.setWhereClause("WHERE run_name = :run AND status = 'ok' AND MOD(shard, :partitions) = :partition");
        query.setSortKeys(Map.of("ordinal", Order.ASCENDING));
        return new JdbcPagingItemReaderBuilder<ArticleToExtract>()
                .name("articlesToExtract")
                .dataSource(dataSource)
                .queryProvider(new InPrimaryKeyOrder(query.getObject()))
                .parameterValues(Map.of("run", run, "partitions", partitions, "partition", partition))
                .rowMapper((rs, n) -> new ArticleToExtract(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .pageSize(20)
                .build();
    }

    /**
     * Pages ordered as the primary key {@code (run_name, ordinal)} is: H2 does not see that
     * {@code ORDER BY ordinal} with one run name is the key's order, so each page read and
     * sorted every article of the run past the last one (the bodies included), which made
     * extraction slow down and the heap fill as runs grew (a third of the speed at 60,000
     * articles). {@code ORDER BY run_name, ordinal} reads the page's rows and stops.
     */
    record InPrimaryKeyOrder(PagingQueryProvider byOrdinal) implements PagingQueryProvider {

        private static final String BY_ORDINAL = "ORDER BY ordinal ASC";

        @Override
        public void init(DataSource dataSource) throws Exception {
            byOrdinal.init(dataSource);
        }

        @Override
        public String generateFirstPageQuery(int pageSize) {
            return inKeyOrder(byOrdinal.generateFirstPageQuery(pageSize));
        }

        @Override
        public String generateRemainingPagesQuery(int pageSize) {
            return inKeyOrder(byOrdinal.generateRemainingPagesQuery(pageSize));
        }

        private static String inKeyOrder(String sql) {
            if (!sql.contains(BY_ORDINAL)) {
                throw new IllegalStateException("no '" + BY_ORDINAL + "' to put in key order in: " + sql);
            }
            return sql.replace(BY_ORDINAL, "ORDER BY run_name ASC, ordinal ASC");
        }

        @Override
        public int getParameterCount() {
            return byOrdinal.getParameterCount();
        }

        @Override
        public boolean isUsingNamedParameters() {
            return byOrdinal.isUsingNamedParameters();
        }

        @Override
        public Map<String, Order> getSortKeys() {
            return byOrdinal.getSortKeys();
        }

        @Override
        public String getSortKeyPlaceHolder(String key) {
            return byOrdinal.getSortKeyPlaceHolder(key);
        }

        @Override
        public Map<String, Order> getSortKeysWithoutAliases() {
            return byOrdinal.getSortKeysWithoutAliases();
        }
    }
}
