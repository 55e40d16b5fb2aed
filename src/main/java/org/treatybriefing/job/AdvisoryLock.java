package org.treatybriefing.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * One run at a time per PostgreSQL database, whichever machine starts it: a session-level
 * advisory lock ({@code pg_try_advisory_lock}) held on one connection for the whole run. The
 * server releases it when that connection ends, also when the process is killed.
 */
final class AdvisoryLock implements AutoCloseable {

    /** The lock's key: the same number for every process of this job ("treatybr" in ASCII). */
    static final long KEY = 0x7472656174796272L;

    private final Connection connection;

    private AdvisoryLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or empty when a run elsewhere holds it. */
    static Optional<AdvisoryLock> tryAcquire(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    return Optional.of(new AdvisoryLock(c));
                }
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.close();
        return Optional.empty();
    }

    /** Unlocks before the connection goes back to the pool, where it would keep the lock. */
    @Override
    public void close() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, KEY);
            ps.execute();
        } finally {
            connection.close();
        }
    }
}
