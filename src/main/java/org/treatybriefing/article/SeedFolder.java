package org.treatybriefing.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The folder of articles a run reads. Lists regular files (sorted, so every run sees the same
 * order) and never follows a symbolic link that leads out of the folder.
 */
public final class SeedFolder {

    private final Path root;

    private SeedFolder(Path root) {
        this.root = root;
    }

    /** Opens a folder, or throws {@link SeedFolderException} with a sentence a user can act on. */
    public static SeedFolder open(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new SeedFolderException("seed folder " + abs + " does not exist");
        }
        if (!Files.isDirectory(abs)) {
            throw new SeedFolderException("seed folder " + abs + " is not a folder");
        }
        if (!Files.isReadable(abs)) {
            throw new SeedFolderException("seed folder " + abs + " cannot be read (permissions)");
        }
        SeedFolder seeds = new SeedFolder(abs);
        if (seeds.files().isEmpty()) {
            throw new SeedFolderException("seed folder " + abs + " holds no files");
        }
        return seeds;
    }

    public Path root() {
        return root;
    }

    /**
     * Every entry under the folder that is not a folder, hidden ones aside, in a stable order:
     * files, links (not yet followed), pipes and devices, and the folders that could not be read,
     * so that the reader can reject each with its reason instead of the run stopping.
     */
    public List<Path> files() {
        Listing listing = new Listing();
        try {
            Files.walkFileTree(root, listing);
        } catch (IOException e) {
            throw new SeedFolderException("seed folder " + root + " cannot be listed: " + e.getMessage());
        }
        return listing.entries.stream()
                .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                .toList();
    }

    /** Walks the folder without following links and without stopping at an unreadable subfolder. */
    final class Listing extends SimpleFileVisitor<Path> {

        final List<Path> entries = new ArrayList<>();

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(root) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!isHidden(file)) {
                entries.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** An unreadable subfolder (or file) is listed: the reader rejects it with the reason. */
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!file.equals(root) && !isHidden(file)) {
                entries.add(file);
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private boolean isHidden(Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A symbolic link is followed only when its target stays inside the folder. */
    public boolean leadsOutside(Path p) {
        if (!Files.isSymbolicLink(p)) {
            return false;
        }
        try {
            return !p.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }
}
