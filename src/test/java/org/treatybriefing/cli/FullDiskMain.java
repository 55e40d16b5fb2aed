package org.treatybriefing.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.treatybriefing.TreatyBriefingApplication;

/**
 * The application with a disk that fills up: H2 files opened as {@code fulldisk:PATH} may write
 * {@code -Dfulldisk.bytes} bytes in all, then every write fails as a full disk does ("No space
 * left on device"). Run in a JVM of its own by {@link FullDiskTest}; mounting a small file system
 * would need root.
 */
public final class FullDiskMain {

    /** What the disk still holds, for every file of the scheme. */
    static final AtomicLong BYTES_LEFT = new AtomicLong(Long.getLong("fulldisk.bytes", Long.MAX_VALUE));

    private FullDiskMain() {
    }

    public static void main(String[] args) {
        FilePath.register(new FullDiskPath());
        TreatyBriefingApplication.main(args);
    }

    /** The {@code fulldisk:} scheme over H2's own disk files (H2 makes instances by reflection). */
    public static final class FullDiskPath extends FilePathWrapper {
        @Override
        public String getScheme() {
            return "fulldisk";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            return new FullDiskChannel(getBase().open(mode), BYTES_LEFT);
        }
    }

    /** A file channel whose writes fail once the disk's bytes are spent. */
    static final class FullDiskChannel extends FileBase {
        private final FileChannel base;
        private final AtomicLong bytesLeft;

        FullDiskChannel(FileChannel base, AtomicLong bytesLeft) {
            this.base = base;
            this.bytesLeft = bytesLeft;
        }

        private void spend(ByteBuffer src) throws IOException {
            if (bytesLeft.addAndGet(-src.remaining()) < 0) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            spend(src);
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            spend(src);
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
