package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run lock belongs to the database, not to the folder a process starts in: an H2 file
 * database is locked beside its files, a PostgreSQL database on the server (so that runs two
 * machines start never overlap).
 */
class DatabaseLockTest {

    @TempDir
    Path temp;

    @Test
    void anH2FileDatabaseIsLockedBesideItsFiles() {
        assertThat(DatabaseLock.lockFileOf("jdbc:h2:file:./data/briefing;AUTO_SERVER=TRUE"))
                .isEqualTo(Path.of("data", "briefing.lock").toAbsolutePath().normalize());
        assertThat(DatabaseLock.lockFileOf("jdbc:h2:file:/srv/briefing/db")).isEqualTo(Path.of("/srv/briefing/db.lock"));
    }

    @Test
    void twoProcessesNamingOneH2DatabaseDifferentlyShareOneLock() throws Exception {
        Path db = Files.createDirectories(temp.resolve("shared")).resolve("briefing");
        String one = "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE";
        String other = "jdbc:h2:file:" + temp.resolve("elsewhere/../shared/briefing");

        try (AutoCloseable first = DatabaseLock.tryAcquire(null, one, "").orElseThrow()) {
            assertThat(DatabaseLock.tryAcquire(null, other, "")).as("the same database, reached another way").isEmpty();
        }
        Optional<AutoCloseable> again = DatabaseLock.tryAcquire(null, other, "");
        assertThat(again).isPresent();
        again.get().close();
    }

    /** Needs the PostgreSQL server that PostgresJobTest uses (.ci/run starts it). */
    @Test
    void aPostgresDatabaseIsLockedOnTheServerForEveryConnection() throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{env("BRIEFING_DB_HOST", "localhost")});
        ds.setPortNumbers(new int[]{Integer.parseInt(env("BRIEFING_DB_PORT", "5432"))});
        ds.setDatabaseName(env("BRIEFING_DB_NAME", "briefing"));
        ds.setUser(env("BRIEFING_DB_USER", "briefing"));
        ds.setPassword(env("BRIEFING_DB_PASSWORD", "briefing"));
        String url = "jdbc:postgresql://" + ds.getServerNames()[0] + "/" + ds.getDatabaseName();

        try (AutoCloseable first = DatabaseLock.tryAcquire(ds, url, "").orElseThrow()) {
            assertThat(DatabaseLock.tryAcquire(ds, url, "")).as("a second session, as another machine would open").isEmpty();
        }
        Optional<AutoCloseable> again = DatabaseLock.tryAcquire(ds, url, "");
        assertThat(again).as("released when the run ends").isPresent();
        again.get().close();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
