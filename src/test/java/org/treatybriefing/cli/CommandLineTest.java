package org.treatybriefing.cli;

import java.io.IOException;
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

/** The command line as a user meets it: a separate JVM, its exit code, what it prints. */
class CommandLineTest {

    @TempDir
    Path work;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        String db = "./target/test-db/cli-" + UUID.randomUUID();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                TreatyBriefingApplication.class.getName(),
                "--spring.datasource.url=jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE",
                "--briefing.lock-file=" + db + ".lock",
                "--logging.file.name=" + work.resolve("cli.log")));
        command.addAll(List.of(args));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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
    void anEmptySeedFolderAndAnUnknownOptionAreUsageErrors() throws Exception {
        Files.createDirectories(work.resolve("empty"));
        Result empty = run("--seeds=" + work.resolve("empty"));
        assertThat(empty.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(empty.err()).contains("holds no files").doesNotContain("\tat ");

        Result unknown = run("--seedz=seeds");
        assertThat(unknown.exit()).isEqualTo(BriefingCommand.USAGE);
        assertThat(unknown.err()).contains("unknown option --seedz");
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
        Path out = work.resolve("broken-out.txt");
        Path err = work.resolve("broken-err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TreatyBriefingApplication.class.getName(),
                "--seeds=" + Path.of("seeds").toAbsolutePath())
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(out)).as("stdout").isEmpty();
        assertThat(Files.readString(err).lines().toList()).as("stderr").hasSize(1)
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
