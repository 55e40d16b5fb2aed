package org.treatybriefing.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.SharedCorpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's disk fills up in the middle of a run (issue 12, defect 8): the console gets one
 * line that names the cause and what to do, the chain of causes goes to the log, and the exit
 * code is the failed-run code. Before, stderr said "the run could not start: JDBC rollback; The
 * database has been closed" for a run that had started.
 */
class FullDiskTest {

    @TempDir
    Path work;

    @Test
    void aDiskThatFillsMidRunIsOneLineNamingTheCauseAndTheRestart() throws Exception {
        String db = "./target/test-db/full-" + UUID.randomUUID();
        Path log = work.resolve("full.log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfulldisk.flag=" + work.resolve("disk-full"),
                "-cp", System.getProperty("java.class.path"),
                FullDiskMain.class.getName(),
                "--spring.datasource.url=jdbc:h2:fulldisk:" + db,
                "--briefing.lock-file=" + db + ".lock",
                "--logging.file.name=" + log,
                "--seeds=" + SharedCorpus.bbcPolitics(work.resolve("seeds"), 100),
                "--reports=" + work.resolve("reports"));
        Process p = new ProcessBuilder(command).redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile()).start();
        // the disk fills once the merge starts: extraction is done, the run is well under way
        long deadline = System.currentTimeMillis() + 240_000;
        while (p.isAlive() && System.currentTimeMillis() < deadline
                && !(Files.exists(log) && Files.readString(log).contains("step mergeBriefing starts"))) {
            Thread.sleep(20);
        }
        Files.createFile(work.resolve("disk-full"));
        boolean ended = p.waitFor(300, TimeUnit.SECONDS);
        p.destroyForcibly();
        assertThat(ended).as("the run ends; its log: %s", Files.exists(log) ? Files.readString(log) : "none").isTrue();
        String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(err).isEqualTo(BriefingCommand.RUN_FAILED);
        assertThat(err.lines().toList()).as("one line on the console").hasSize(1);
        assertThat(err).startsWith("error: run ").contains("No space left on device")
                .contains("--restart").doesNotContain("could not start");
        assertThat(Files.readString(log)).as("the detail is in the log").contains("java.io.IOException: No space left on device");
        assertThat(work.resolve("reports")).satisfiesAnyOf(
                r -> assertThat(r).doesNotExist(), r -> assertThat(r).isEmptyDirectory());
    }

}
