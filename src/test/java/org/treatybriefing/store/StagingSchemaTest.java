package org.treatybriefing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** The H2 staging schema: long texts are VARCHAR, and a database made with CLOB columns is migrated. */
class StagingSchemaTest {

    private static final ClassPathResource SCHEMA = new ClassPathResource("db/staging-schema.sql");

    @Test
    void aDatabaseWithClobColumnsIsMigratedKeepingItsRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:migrate;DB_CLOSE_DELAY=-1")) {
            try (Statement s = c.createStatement()) {
                // the tables as the first release created them
                s.execute("CREATE TABLE tb_run_file (run_name VARCHAR(200) NOT NULL, ordinal INT NOT NULL,"
                        + " source_id VARCHAR(1000) NOT NULL, file_name VARCHAR(1000) NOT NULL, sha256 VARCHAR(64),"
                        + " title VARCHAR(1000), words INT, encoding VARCHAR(40), status VARCHAR(16) NOT NULL,"
                        + " reason VARCHAR(2000), body CLOB, PRIMARY KEY (run_name, ordinal))");
                s.execute("CREATE TABLE tb_extraction (sha256 VARCHAR(64) NOT NULL, extractor_key VARCHAR(100) NOT NULL,"
                        + " body CLOB NOT NULL, PRIMARY KEY (sha256, extractor_key))");
                s.execute("CREATE TABLE tb_briefing_row (run_name VARCHAR(200) NOT NULL, table_name VARCHAR(40) NOT NULL,"
                        + " row_no INT NOT NULL, cells CLOB NOT NULL, PRIMARY KEY (run_name, table_name, row_no))");
            }
            String body = "An article body. ".repeat(1_000);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tb_run_file (run_name, ordinal, source_id, file_name,"
                    + " status, body) VALUES ('r', 0, 'a.txt', 'a.txt', 'ok', ?)")) {
                p.setString(1, body);
                p.execute();
            }

            ScriptUtils.executeSqlScript(c, SCHEMA);
            ScriptUtils.executeSqlScript(c, SCHEMA); // every start runs it again

            assertThat(dataType(c, "TB_RUN_FILE", "BODY")).isEqualTo("CHARACTER VARYING");
            assertThat(dataType(c, "TB_EXTRACTION", "BODY")).isEqualTo("CHARACTER VARYING");
            assertThat(dataType(c, "TB_BRIEFING_ROW", "CELLS")).isEqualTo("CHARACTER VARYING");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT body, shard FROM tb_run_file")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(body);
            }
        }
    }

    @Test
    void aTextFarLongerThanAnyArticleFits() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:long;DB_CLOSE_DELAY=-1")) {
            ScriptUtils.executeSqlScript(c, SCHEMA);
            String body = "x".repeat(6_000_000); // more than briefing.max-file-bytes allows
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tb_extraction VALUES ('h', 'k', ?)")) {
                p.setString(1, body);
                p.execute();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT LENGTH(body) FROM tb_extraction")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(6_000_000L);
            }
        }
    }

    private static String dataType(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            p.setString(1, table);
            p.setString(2, column);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
