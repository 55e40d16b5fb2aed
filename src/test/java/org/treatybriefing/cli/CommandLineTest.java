package org.treatybriefing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.testsupport.ChildJvm;
import org.treatybriefing.testsupport.ChildJvm.Result;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: a separate JVM, its exit code, what it prints. */
class CommandLineTest {

    @TempDir
    Path work;

    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    /** The application in its own JVM, on a database and log of this test's, with the given options. */
    private Result run(String... args) throws IOException, InterruptedException {
        return ChildJvm.application().database("./target/test-db/cli-" + UUID.randomUUID()).log(work.resolve("cli.log"))
                .args(args).output(work.resolve("out.txt"), work.resolve("err.txt")).run(TIMEOUT);
    }

    @Test
    void aRunPrintsItsFolderAndOneLineOfCountsAndExitsZero() throws Exception {
        Result r = run("--seeds=seeds", "--reports=" + work.resolve("reports"));

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Briefing written to " + work.resolve("reports"));
        assertThat(Path.of(lines.get(0).substring("Briefing written to ".length())).resolve("briefing.xlsx")).exists();
        assertThat(lines.get(1)).matches("articles read 5, rejected 0 \\| quotes \\d+ \\| speakers \\d+ \\| parties \\d+ "
                + "\\| commitments \\d+ \\| analysts \\d+");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMissingSeedFolderIsOneLineOnStderrAndExitCodeTwo() throws Exception {
        Result r = run("--seeds=" + work.resolve("nowhere"), "--reports=" + work.resolve("reports"));

        assertThat(r.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("error: seed folder ").contains("does not exist").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anEmptyInboxIsAQuietDayNotAnError() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty"));
        Files.writeString(empty.resolve(".DS_Store"), "a hidden file is no article");

        Result r = run("--seeds=" + empty, "--reports=" + work.resolve("reports"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("no articles in " + empty + ": nothing briefed");
        assertThat(r.err()).isEmpty();
        assertThat(work.resolve("reports")).satisfiesAnyOf(
                f -> assertThat(f).doesNotExist(), f -> assertThat(f).isEmptyDirectory());
    }

    @Test
    void anUnknownOptionOrAFolderOptionWithoutItsFolderIsAUsageError() throws Exception {
        Result unknown = run("--seedz=seeds");
        assertThat(unknown.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(unknown.err()).contains("unknown option --seedz").contains("--help");

        Result spaced = run("--data", work.resolve("data").toString()); // "--data DIR" is not the syntax
        assertThat(spaced.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(spaced.err().lines().toList()).containsExactly("error: --data needs a folder: --data=DIR");

        Result typo = run("--config=" + work.resolve("no-such-config"));
        assertThat(typo.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(typo.err()).startsWith("error: config folder ").contains("does not exist");
    }

    @Test
    void helpSaysHowToUseItWithoutStartingSpring() throws Exception {
        for (String help : List.of("--help", "-h")) {
            long start = System.nanoTime();
            Result r = run(help, "--reports=/srv/briefing/reports");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(r.exit()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("usage: java -jar treaty-briefing.jar")
                    .contains("--seeds=DIR", "--reports=DIR", "--config=DIR", "--data=DIR", "--restart", "--schedule")
                    .contains("exit codes:", "  3  another run")
                    .contains("./config", "built in")
                    .contains("/srv/briefing/data");
            assertThat(work.resolve("cli.log")).as("Spring never started: no log").doesNotExist();
            assertThat(millis).as("answered at once (no Spring), ms").isLessThan(15_000);
        }
    }

    /**
     * As cron runs it: from a folder of its own, with no config/ in it, options only for the
     * folders. The settings and lexicons come from the built-in copies (classpath:config/, as in
     * the jar: JarIT runs the built jar the same way); the database and log land in data/ beside
     * the reports folder, nothing in the working directory.
     */
    @Test
    void runsFromAnyFolderOnTheBuiltInConfigAndKeepsItsDataBesideTheReports() throws Exception {
        Path cwd = Files.createDirectories(work.resolve("cron-cwd"));
        Path reports = work.resolve("briefings/reports");
        Path old = Files.createDirectories(reports.resolve("2001-01-01T020000_inbox"));
        Files.writeString(old.resolve("briefing.xlsx"), "an old briefing");

        Result r = runIn(cwd, "--seeds=" + Path.of("seeds").toAbsolutePath(), "--reports=" + reports,
                "--briefing.keep-reports-days=30");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).hasSize(2);
        assertThat(r.out()).startsWith("Briefing written to " + reports).contains("articles read 5, rejected 0");
        Path data = work.resolve("briefings/data");
        assertThat(data.resolve("briefing.mv.db")).exists();
        assertThat(Files.readString(data.resolve("treaty-briefing.log"))).contains("config folders: built-in config/");
        assertThat(data.resolve("briefing.trace.db")).as("H2 keeps no trace file").doesNotExist();
        assertThat(cwd).as("nothing where the process started").isEmptyDirectory();
        assertThat(old).as("briefing.keep-reports-days=30 removed a 2001 briefing").doesNotExist();
    }

    /** Settings key by key and lexicons file by file: --config=DIR over ./config over the built-in ones. */
    @Test
    void aConfigFolderOverridesTheBuiltInSettingsAndTheOptionOverridesIt() throws Exception {
        Path cwd = Files.createDirectories(work.resolve("cwd"));
        Files.createDirectories(cwd.resolve("config"));
        Files.writeString(cwd.resolve("config/application.yml"), "briefing:\n  min-words: 100000\n");
        Path mine = Files.createDirectories(work.resolve("mine"));
        Files.writeString(mine.resolve("application.yml"), "briefing:\n  min-words: 10\n");
        String[] folders = {"--seeds=" + Path.of("seeds").toAbsolutePath(), "--reports=" + work.resolve("reports")};

        Result local = runIn(cwd, folders);
        assertThat(local.out()).as(local.err()).contains("articles read 0, rejected 5");

        Result option = runIn(cwd, folders[0], folders[1], "--config=" + mine);
        assertThat(option.out()).as(option.err()).contains("articles read 5, rejected 0");
    }

    /** The application in its own JVM started in {@code cwd}, with only the given options. */
    private Result runIn(Path cwd, String... args) throws IOException, InterruptedException {
        return ChildJvm.application().args(args).in(cwd).output(work.resolve("out.txt"), work.resolve("err.txt")).run(TIMEOUT);
    }

    @Test
    void restartWithNothingToRestartSaysSo() throws Exception {
        Result r = run("--seeds=seeds", "--restart");
        assertThat(r.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(r.err()).contains("no earlier run").doesNotContain("\tat ");
    }

    @Test
    void aMalformedSettingsFileIsOneLineOnStderrNotAStackTrace() throws Exception {
        Path dir = Files.createDirectories(work.resolve("broken"));
        Path config = Files.createDirectories(dir.resolve("config"));
        try (var files = Files.list(Path.of("config"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("application")).toList()) {
                Files.copy(f, config.resolve(f.getFileName()));
            }
        }
        Files.writeString(config.resolve("application.yml"), "briefing:\n  seeds: [unclosed\n");

        Result r = ChildJvm.application().args("--seeds=" + Path.of("seeds").toAbsolutePath()).in(dir)
                .output(work.resolve("broken-out.txt"), work.resolve("broken-err.txt")).run(Duration.ofSeconds(120));

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.err().lines().toList()).as("stderr").hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("error: cannot start: ").contains("line 2"));
    }

    @Test
    void aReportsFolderThatIsAFileIsAUsageErrorBeforeAnyWork() throws Exception {
        Path file = Files.writeString(work.resolve("reports-file"), "not a folder");

        Result r = run("--seeds=seeds", "--reports=" + file.resolve("sub"));

        assertThat(r.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("error: reports folder ").contains("--reports=DIR");
        assertThat(Files.readString(work.resolve("cli.log"))).as("no run started").doesNotContain(" starts on ");
    }
}
