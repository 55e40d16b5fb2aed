package org.treatybriefing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.testsupport.ChildJvm;
import org.treatybriefing.testsupport.ChildJvm.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BUILT jar as a newcomer or cron meets it: copied to a folder of its own with no config/
 * beside it, started from another empty folder. Runs in Maven's verify phase (failsafe), after
 * package has built the jar; the jar's path comes from the system property briefing.jar.
 */
class JarIT {

    @TempDir
    Path temp;

    private Path jar;
    private Path cwd;

    @BeforeEach
    void copyTheJarAlone() throws IOException {
        Path built = Path.of(System.getProperty("briefing.jar", "target/treaty-briefing.jar"));
        assertThat(built).as("the jar mvn package built").isRegularFile();
        jar = Files.copy(built, Files.createDirectories(temp.resolve("app")).resolve("treaty-briefing.jar"));
        cwd = Files.createDirectories(temp.resolve("elsewhere"));
    }

    @Test
    void aRunFromAnotherFolderWritesABriefingAndTwoLines() throws Exception {
        Path reports = temp.resolve("out/reports");

        Result r = java("--seeds=" + Path.of("seeds").toAbsolutePath(), "--reports=" + reports);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("no banner, no stack trace").isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Briefing written to " + reports);
        assertThat(Path.of(lines.get(0).substring("Briefing written to ".length())).resolve("briefing.xlsx")).isRegularFile();
        assertThat(lines.get(1)).startsWith("articles read 5, rejected 0 | quotes ");
        assertThat(temp.resolve("out/data/briefing.mv.db")).as("the database beside the reports").exists();
        assertThat(temp.resolve("out/data/treaty-briefing.log")).exists();
        assertThat(cwd).as("nothing in the folder the process started in").isEmptyDirectory();
        assertThat(temp.resolve("app")).as("nothing beside the jar").satisfies(app ->
                assertThat(Files.list(app).toList()).containsExactly(jar));
    }

    @Test
    void helpAnswersAtOnceAndSaysWhereConfigAndDataAre() throws Exception {
        Result r = java("--help", "--reports=" + temp.resolve("out/reports"));

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("usage: java -jar treaty-briefing.jar")
                .contains("exit codes:")
                .contains("beside the jar   " + temp.resolve("app/config") + " (absent)")
                .contains(temp.resolve("out/data").toString());
    }

    @Test
    void aBrokenLexiconBesideTheJarIsOneLineNotAStackTrace() throws Exception {
        Path config = Files.createDirectories(temp.resolve("app/config"));
        Files.writeString(config.resolve("titles.tsv"), "an invented title without its type column\n");

        Result r = java("--seeds=" + Path.of("seeds").toAbsolutePath(), "--reports=" + temp.resolve("out/reports"));

        assertThat(r.exit()).isEqualTo(BriefingCommand.RUN_FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1).allSatisfy(line -> assertThat(line)
                .startsWith("error: cannot start: ").contains(config.resolve("titles.tsv").toString()));
    }

    private Result java(String... args) throws IOException, InterruptedException {
        return ChildJvm.jar(jar).args(args).in(cwd).output(temp.resolve("out.txt"), temp.resolve("err.txt"))
                .run(Duration.ofSeconds(180));
    }
}
