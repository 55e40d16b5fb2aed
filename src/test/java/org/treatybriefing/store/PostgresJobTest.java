package org.treatybriefing.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.job.BriefingRunner;
import org.treatybriefing.job.ExtractorKey;
import org.treatybriefing.job.RunOutcome;
import org.treatybriefing.report.BriefingTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole job on the seeds with the {@code postgres} profile: job repository and staging tables
 * on a real PostgreSQL server (BRIEFING_DB_HOST/PORT/NAME/USER/PASSWORD, default
 * localhost:5432, database, role and password {@code briefing}). {@code .ci/run} installs and
 * starts that server when it is missing. Without a server this test fails; it never skips.
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

    /** Before Spring starts (which would fail with a long stack trace): say what is missing and how to get it. */
    @BeforeAll
    static void serverIsReachable() {
        String host = env("BRIEFING_DB_HOST", "localhost");
        String port = env("BRIEFING_DB_PORT", "5432");
        String name = env("BRIEFING_DB_NAME", "briefing");
        String user = env("BRIEFING_DB_USER", "briefing");
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + name;
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, user, env("BRIEFING_DB_PASSWORD", "briefing"))) {
            assertThat(c.isValid(5)).isTrue();
        } catch (SQLException e) {
            fail("PostgreSQL is not reachable at " + url + " as " + user + " (" + e.getMessage() + "). "
                    + "PostgresJobTest needs a real server: .ci/run installs PostgreSQL and starts it on localhost:5432 "
                    + "with role, password and database 'briefing' (or set BRIEFING_DB_HOST/PORT/NAME/USER/PASSWORD).");
        }
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
