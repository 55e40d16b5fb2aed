package org.treatybriefing.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.support.SqlPagingQueryProviderFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction step's reader: a partition's articles in file order, each page read through the
 * primary key's order (a page that sorted the rest of the run made extraction quadratic).
 */
class ArticleToExtractTest {

    @Test
    void aPartitionReadsItsArticlesInFileOrderAcrossPages() throws Exception {
        JdbcDataSource db = database("pages");
        JdbcPagingItemReader<ArticleToExtract> reader = ArticleToExtract.reader(db, "r", 1, 2);
        reader.afterPropertiesSet();
        reader.open(new ExecutionContext());
        List<Integer> ordinals = new ArrayList<>();
        for (ArticleToExtract a = reader.read(); a != null; a = reader.read()) {
            ordinals.add(a.ordinal());
        }
        reader.close();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (i % 2 == 1) {
                expected.add(i);
            }
        }
        assertThat(ordinals).isEqualTo(expected);
    }

    @Test
    void aPageIsReadInPrimaryKeyOrderNotSortedAfterReadingTheRestOfTheRun() throws Exception {
        JdbcDataSource db = database("plan");
        SqlPagingQueryProviderFactoryBean query = new SqlPagingQueryProviderFactoryBean();
        query.setDataSource(db);
        query.setSelectClause("SELECT ordinal, source_id, sha256, body");
        query.setFromClause("FROM tb_run_file");
        query.setWhereClause("WHERE run_name = :run AND status = 'ok' AND MOD(shard, :partitions) = :partition");
        query.setSortKeys(Map.of("ordinal", Order.ASCENDING));
        String page = new ArticleToExtract.InPrimaryKeyOrder(query.getObject()).generateRemainingPagesQuery(20);

        String plan = new NamedParameterJdbcTemplate(db).queryForObject("EXPLAIN " + page,
                Map.of("run", "r", "partitions", 2, "partition", 1, "_ordinal", 40), String.class);

        assertThat(plan).contains("index sorted").containsPattern("ORDINAL > \\?\\d+\\s+AND RUN_NAME = ");
    }

    /** 100 articles of run "r", shard = ordinal, and as many of another run. */
    private static JdbcDataSource database(String name) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/staging-schema.sql")).execute(db);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        for (String run : List.of("q", "r")) {
            for (int i = 0; i < 100; i++) {
                jdbc.update("INSERT INTO tb_run_file (run_name, ordinal, source_id, file_name, sha256, shard, status, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'ok', ?)", run, i, "a" + i + ".txt", "a" + i + ".txt", "sha" + i, i,
                        "An invented text about the harbour accord.");
            }
        }
        return db;
    }
}
