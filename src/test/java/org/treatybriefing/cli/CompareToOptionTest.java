package org.treatybriefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.testsupport.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;

/** --compare-to=DIR as a user meets it: a folder that is no briefing, or the option with --restart, is a usage error. */
class CompareToOptionTest {

    @TempDir
    Path work;

    @Test
    void aFolderThatIsNoBriefingAndCompareToWithRestartAreUsageErrors() throws Exception {
        Path notABriefing = Files.createDirectories(work.resolve("notes"));

        ChildJvm.Result noBriefing = run("--seeds=seeds", "--reports=" + work.resolve("reports"), "--compare-to=" + notABriefing);
        assertThat(noBriefing.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(noBriefing.err().lines().toList()).hasSize(1);
        assertThat(noBriefing.err()).startsWith("error: --compare-to " + notABriefing.toAbsolutePath())
                .contains("not a complete briefing (no briefing.xlsx)");

        ChildJvm.Result withRestart = run("--seeds=seeds", "--restart", "--compare-to=" + notABriefing);
        assertThat(withRestart.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(withRestart.err()).startsWith("error: --compare-to goes with a one-off new run");
    }

    /** The command in its own JVM, on a database and log of this test's. */
    private ChildJvm.Result run(String... args) throws Exception {
        return ChildJvm.application().database("./target/test-db/compare-to-" + UUID.randomUUID())
                .log(work.resolve("cli.log")).args(args).output(work.resolve("out.txt"), work.resolve("err.txt"))
                .run(Duration.ofSeconds(180));
    }
}
