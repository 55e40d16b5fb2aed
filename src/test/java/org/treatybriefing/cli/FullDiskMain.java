package org.treatybriefing.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.treatybriefing.TreatyBriefingApplication;

/**
 * The application with a disk that fills up: H2 files opened as {@code fulldisk:PATH} write
 * normally until the file {@code -Dfulldisk.flag} exists, then every write fails as a full disk
 * does ("No space left on device"). The test makes the flag when the run reaches the step it
 * wants the disk to fill in, so the moment does not depend on how many bytes a build writes. Run in a JVM of its own by {@link FullDiskTest}; mounting a small file system
 * would need root.
 */
public final class FullDiskMain {

    /** The file whose existence fills the disk. */
    static final java.nio.file.Path FULL = java.nio.file.Path.of(System.getProperty("fulldisk.flag", "/nonexistent/flag"));

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
            return new FullDiskChannel(getBase().open(mode));
        }
    }

    /** A file channel whose writes fail once the disk is full. */
    static final class FullDiskChannel extends FileBase {
        private final FileChannel base;

        FullDiskChannel(FileChannel base) {
            this.base = base;
        }

        private void spend(ByteBuffer src) throws IOException {
            if (java.nio.file.Files.exists(FULL)) {
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
