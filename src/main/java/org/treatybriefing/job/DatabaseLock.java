package org.treatybriefing.job;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Locks the database the job repository lives in, not the working directory: two processes
 * started in different folders against one database never run at once.
 * <ul>
 * <li>an H2 file database ({@code jdbc:h2:file:/data/briefing}): an OS file lock beside its files
 * ({@code /data/briefing.lock});</li>
 * <li>PostgreSQL: an advisory lock on the server, which also keeps apart runs that two machines
 * start;</li>
 * <li>{@code briefing.lock-file}, when set, names the lock file instead (tests do).</li>
 * </ul>
 */
final class DatabaseLock {

    private static final String H2_FILE = "jdbc:h2:file:";

    private DatabaseLock() {
    }

    /** The lock, or empty when another run holds it. */
    static Optional<AutoCloseable> tryAcquire(DataSource dataSource, String url, String lockFile) throws SQLException {
        if (lockFile == null || lockFile.isBlank()) {
            if (url != null && url.startsWith("jdbc:postgresql:")) {
                return AdvisoryLock.tryAcquire(dataSource).map(l -> l);
            }
            return RunLock.tryAcquire(lockFileOf(url)).map(l -> l);
        }
        return RunLock.tryAcquire(Path.of(lockFile)).map(l -> l);
    }

    /** Where the file lock of a database is: beside an H2 file database, else in data/. */
    static Path lockFileOf(String url) {
        if (url != null && url.startsWith(H2_FILE)) {
            String file = url.substring(H2_FILE.length());
            int options = file.indexOf(';');
            return Path.of((options < 0 ? file : file.substring(0, options)) + ".lock").toAbsolutePath().normalize();
        }
        return Path.of("data", "briefing.lock").toAbsolutePath().normalize();
    }

    /** Says where the lock is, for the message a refused run prints. */
    static String describe(String url, String lockFile) {
        if (lockFile != null && !lockFile.isBlank()) {
            return lockFile;
        }
        return url != null && url.startsWith("jdbc:postgresql:") ? "advisory lock on " + url : lockFileOf(url).toString();
    }
}
