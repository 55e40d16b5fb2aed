package org.treatybriefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.SharedCorpus;
import org.treatybriefing.testsupport.ChildJvm;

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
        ChildJvm.Result r;
        String log;
        try (ChildJvm p = ChildJvm.mainClass(FullDiskMain.class).jvmOptions("-Dfulldisk.flag=" + work.resolve("disk-full"))
                .args("--spring.datasource.url=jdbc:h2:fulldisk:" + db, "--briefing.lock-file=" + db + ".lock")
                .log(work.resolve("full.log"))
                // 400 articles: enough that the merge, now quick, outlasts the poll and the flag arrives in it
                .args("--seeds=" + SharedCorpus.bbcPolitics(work.resolve("seeds"), 400), "--reports=" + work.resolve("reports"))
                .output(work.resolve("out.txt"), work.resolve("err.txt"))
                .pollEvery(Duration.ofMillis(20)).start()) { // the flag must come before the merge ends
            // the disk fills once the merge starts: extraction is done, the run is well under way
            p.awaitLog("step mergeBriefing starts", Duration.ofSeconds(240));
            Files.createFile(work.resolve("disk-full"));
            r = new ChildJvm.Result(p.awaitExit(Duration.ofSeconds(300)), p.output(), p.errors());
            log = p.log();
        }

        assertThat(r.exit()).as(r.err()).isEqualTo(BriefingCommand.RUN_FAILED);
        assertThat(r.err().lines().toList()).as("one line on the console").hasSize(1);
        assertThat(r.err()).startsWith("error: run ").contains("No space left on device")
                .contains("--restart").doesNotContain("could not start");
        assertThat(log).as("the detail is in the log").contains("java.io.IOException: No space left on device");
        assertThat(work.resolve("reports")).satisfiesAnyOf(
                d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
    }
}
