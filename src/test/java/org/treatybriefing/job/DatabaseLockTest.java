package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.TestPostgres;

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

    /** On the tests' PostgreSQL server ({@link TestPostgres}). */
    @Test
    void aPostgresDatabaseIsLockedOnTheServerForEveryConnection() throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        DataSource ds = server.dataSource();
        String url = server.url();

        try (AutoCloseable first = DatabaseLock.tryAcquire(ds, url, "").orElseThrow()) {
            assertThat(DatabaseLock.tryAcquire(ds, url, "")).as("a second session, as another machine would open").isEmpty();
        }
        Optional<AutoCloseable> again = DatabaseLock.tryAcquire(ds, url, "");
        assertThat(again).as("released when the run ends").isPresent();
        again.get().close();
    }
}
