package org.treatybriefing.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

    /** Every file under the folder, hidden files aside, in a stable order; links are listed, not yet followed. */
    public List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> !isHidden(p))
                    .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new SeedFolderException("seed folder " + root + " cannot be listed: " + e.getMessage());
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
