package org.treatybriefing.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per database: an OS file lock beside the database. The operating system
 * releases it when the process ends, even on kill -9, so a crashed run never blocks the next.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or thread) of this database holds it. */
    public static Optional<RunLock> tryAcquire(Path lockFile) {
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock l = ch.tryLock();
                if (l == null) {
                    ch.close();
                    return Optional.empty();
                }
                return Optional.of(new RunLock(ch, l));
            } catch (OverlappingFileLockException e) {
                ch.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the run lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
