package org.treatybriefing.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.TreatyBriefingApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** --compare-to=DIR as a user meets it: a folder that is no briefing, or the option with --restart, is a usage error. */
class CompareToOptionTest {

    @TempDir
    Path work;

    @Test
    void aFolderThatIsNoBriefingAndCompareToWithRestartAreUsageErrors() throws Exception {
        Path notABriefing = Files.createDirectories(work.resolve("notes"));

        String[] noBriefing = run("--seeds=seeds", "--reports=" + work.resolve("reports"), "--compare-to=" + notABriefing);
        assertThat(noBriefing[0]).isEqualTo(String.valueOf(BriefingCommand.USAGE));
        assertThat(noBriefing[1].lines().toList()).hasSize(1);
        assertThat(noBriefing[1]).startsWith("error: --compare-to " + notABriefing.toAbsolutePath())
                .contains("not a complete briefing (no briefing.xlsx)");

        String[] withRestart = run("--seeds=seeds", "--restart", "--compare-to=" + notABriefing);
        assertThat(withRestart[0]).isEqualTo(String.valueOf(BriefingCommand.USAGE));
        assertThat(withRestart[1]).startsWith("error: --compare-to goes with a one-off new run");
    }

    /** Exit code and stderr of the command in its own JVM. */
    private String[] run(String... args) throws Exception {
        String db = "./target/test-db/compare-to-" + UUID.randomUUID();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                TreatyBriefingApplication.class.getName(),
                "--spring.datasource.url=jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE",
                "--briefing.lock-file=" + db + ".lock",
                "--logging.file.name=" + work.resolve("cli.log")));
        command.addAll(List.of(args));
        Path err = work.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(err.toFile()).start();
        try {
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command ends").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new String[]{String.valueOf(p.exitValue()), Files.readString(err, StandardCharsets.UTF_8)};
    }
}
