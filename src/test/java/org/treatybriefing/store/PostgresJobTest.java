package org.treatybriefing.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.TestPostgres;
import org.treatybriefing.job.BriefingRunner;
import org.treatybriefing.job.ExtractorKey;
import org.treatybriefing.job.RunOutcome;
import org.treatybriefing.report.BriefingTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on the seeds with the {@code postgres} profile: job repository and staging tables
 * on a real PostgreSQL server, the one {@link TestPostgres} gives (BRIEFING_DB_HOST/PORT/NAME/USER/
 * PASSWORD when set, else a server started from Maven's binaries). It never skips.
 */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "briefing.lock-file=target/test-db/postgres.lock"})
@ActiveProfiles("postgres")
class PostgresJobTest {

    private static final Path SEEDS = Path.of("seeds");

    @Autowired
    private BriefingRunner runner;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ExtractorKey extractorKey;

    @TempDir
    Path reports;

    /** The test server (TestPostgres: the one BRIEFING_DB_HOST names, else one started from Maven's binaries). */
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.Server server = TestPostgres.server();
        registry.add("spring.datasource.url", server::url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
    }

    @Test
    void runsTheWholeJobOnPostgres() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).as("the profile's database").isEqualTo("PostgreSQL");
        }

        RunOutcome outcome = runner.run(SEEDS, reports);

        assertThat(outcome.completed()).as(outcome.failure()).isTrue();
        List<Map<String, String>> quotes = BriefingFiles.records(Path.of(outcome.outputFolder()), BriefingTable.QUOTES);
        assertThat(quotes).hasSizeGreaterThan(20);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM tb_run_file WHERE run_name = ? AND status = 'ok'")
                .param(outcome.runName()).query(Integer.class).single())
                .as("articles staged by this run").isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tb_extraction e WHERE e.extractor_key = ? AND e.sha256 IN"
                        + " (SELECT f.sha256 FROM tb_run_file f WHERE f.run_name = ? AND f.status = 'ok')")
                .params(extractorKey.value(), outcome.runName()).query(Integer.class).single())
                .as("extractions of this run's articles").isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")
                .query(Integer.class).single())
                .as("completed runs in the PostgreSQL job repository").isPositive();
    }
}
