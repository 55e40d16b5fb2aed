package org.treatybriefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hostile files of the bad-input issue, at full size: a 4.9 MB line without a full stop,
 * 5,000 stray quotation marks, 2,000 nested quotes. Used by the test and by the benchmark.
 */
public final class PathologicalTexts {

    private PathologicalTexts() {
    }

    public static void writeInto(Path folder) throws IOException {
        StringBuilder line = new StringBuilder(5_000_000);
        while (line.length() < 4_900_000) {
            line.append("word after word without any full stop ");
        }
        Files.writeString(folder.resolve("one-line.txt"), line);
        Files.writeString(folder.resolve("marks.txt"), "A story about marks. " + "\" \u201c \u00ab stray ".repeat(5_000));
        Files.writeString(folder.resolve("nested.txt"), "He said: " + "\u201cthey said \u2018we said \u201c".repeat(2_000)
                + "no\u201d".repeat(2_000) + " and left. Then the talks ended without any deal at all today.");
    }
}
