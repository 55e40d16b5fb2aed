package org.treatybriefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Seed folders made at test time from {@code ../shared/corpus}, whose texts never enter the repository. */
public final class SharedCorpus {

    private static final Path BBC_POLITICS = Path.of("../shared/corpus/bbc/politics");

    private SharedCorpus() {
    }

    /** The first {@code count} BBC politics articles, by file name, copied into {@code folder}. */
    public static Path bbcPolitics(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(BBC_POLITICS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(count).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }
}
