package org.treatybriefing.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Tells a quiet day from a broken set-up: a seed folder that exists and can be read but holds no
 * article is an empty inbox (nothing to brief, not an error for cron), while a missing or
 * unreadable folder stays a usage error ({@link org.treatybriefing.article.SeedFolder} says why).
 * Counts what the seed folder lists: entries that are not folders, hidden ones (".DS_Store")
 * and those in hidden folders aside.
 * <pre>{@code
 * Inbox.isEmpty(Path.of("/data/inbox/today")); // true for an empty folder or one with only .hidden files
 * }</pre>
 */
final class Inbox {

    private Inbox() {
    }

    static boolean isEmpty(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            return false; // missing or unreadable: not a quiet day, a usage error
        }
        boolean[] found = {false};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(root) || !hidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    return entry(file);
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return file.equals(root) ? FileVisitResult.CONTINUE : entry(file); // unreadable: the run rejects it
                }

                private FileVisitResult entry(Path file) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    found[0] = true;
                    return FileVisitResult.TERMINATE;
                }

                private boolean hidden(Path p) {
                    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
                }
            });
        } catch (IOException e) {
            return false; // cannot be listed: the run says why
        }
        return !found[0];
    }
}
