package org.treatybriefing.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.job.BriefingJobConfiguration;
import org.treatybriefing.job.BriefingRunner;
import org.treatybriefing.job.RunOutcome;
import org.treatybriefing.job.RunParameters;
import org.treatybriefing.job.RunRefusedException;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.ReportWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nights of briefings on invented articles about an invented agreement between invented
 * states (the lexicon's states with three more, written for this test): the second night's folder
 * is the first's with one article added and one gone. A rerun on the same folder has no changes;
 * a restarted run compares with the briefing it chose when it started.
 */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "briefing.lexicons=" + ChangesEndToEndTest.LEXICONS,
        "spring.datasource.url=jdbc:h2:file:./target/test-db/changes-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/changes.lock"})
class ChangesEndToEndTest {

    static final String LEXICONS = "target/test-lexicons/invented-states";

    static {
        inventedStates();
    }

    static final String ACCORD = """
            Norland and Sudmark sign harbour accord

            Norland and Sudmark signed the Harbour Accord in Port Elin on Tuesday. The accord will run for 20 years.

            "This accord gives our fishermen the certainty they have asked for," Foreign Minister Ann Vale told reporters after the ceremony.

            Under the accord, both states shall share catch data every month.

            The accord covers fishing quotas and the protection of the sea, officials said.
            """;

    static final String WELCOME = """
            Sudmark welcomes harbour accord

            Sudmark's transport minister Petra Lund said on Wednesday that the Harbour Accord would open new shipping lanes.

            "We will open the northern channel to trawlers by the spring," Lund said.

            Foreign Minister Ann Vale of Norland called the deal a milestone. "This accord gives our fishermen the certainty they have asked for," Vale said.
            """;

    static final String DOUBTS = """
            Experts doubt harbour accord

            "The accord is a careful compromise that neither capital can easily abandon," said Tomas Reed, a senior fellow at the Institute for Coastal Affairs.

            Reed said the Harbour Accord would be tested in its first winter. Westmark, which fishes the same waters, said it was studying the text.
            """;

    static final String PATROLS = """
            Harbour accord patrols begin

            Joint patrols under the Harbour Accord began on Monday in the strait between Norland and Sudmark, officials said.

            "The patrols will keep the strait safe for every fleet," said Marta Holm, Sudmark's defence minister.

            "This accord gives our fishermen the certainty they have asked for," Ann Vale said again at the harbour.

            Under the accord, both states shall hold joint naval patrols in the strait.
            """;

    @Autowired
    private BriefingRunner runner;

    @Autowired
    private JobRepository jobRepository;

    @TempDir
    Path work;

    @Test
    void theSecondNightSaysWhatItsNewArticleBroughtAndWhatTheGoneOneTookAway() throws Exception {
        Path seeds = folder("inbox", Map.of("a.txt", ACCORD, "b.txt", WELCOME, "c.txt", DOUBTS));
        Path reports = work.resolve("reports");
        RunOutcome first = runner.run(seeds, reports);
        nextNight(seeds);

        RunOutcome second = runner.run(seeds, reports);

        assertThat(second.completed()).as(second.failure()).isTrue();
        List<Map<String, String>> changes = BriefingFiles.records(Path.of(second.outputFolder()), BriefingTable.CHANGES);
        assertThat(changes).extracting(ChangesEndToEndTest::line).contains(
                "added | sources | d.txt | d.txt",
                "removed | sources | c.txt | c.txt",
                "added | speakers | Marta Holm | d.txt",
                "removed | speakers | Tomas Reed | c.txt",
                "added | quotes | Marta Holm | The patrols will keep the strait safe for every fleet | d.txt",
                "removed | quotes | Tomas Reed | The accord is a careful compromise that neither capital can easily abandon | c.txt",
                "changed | quotes | Ann Vale | This accord gives our fishermen the certainty they have asked for | articles"
                        + " | a.txt; b.txt; d.txt",
                "removed | parties | Westmark | Harbour Accord | c.txt",
                "added | commitments | Harbour Accord | Under the accord, both states shall hold joint naval patrols in the strait."
                        + " | d.txt");
        // nothing else changed: whatever is new came with d.txt, whatever is gone went with c.txt
        assertThat(changes).allSatisfy(c -> {
            switch (c.get("change")) {
                case "added" -> assertThat(c.get("source_ids")).contains("d.txt");
                case "removed" -> assertThat(c.get("source_ids")).contains("c.txt");
                default -> assertThat(c.get("before") + c.get("after")).containsAnyOf("c.txt", "d.txt");
            }
        });
        assertThat(summary(second)).contains("Since " + first.runName(), "Articles", "1 new, 1 gone",
                "New statements (most corroborated first)", "The patrols will keep the strait safe for every fleet");
        assertThat(summary(second).indexOf("Since " + first.runName()))
                .as("the block opens the Summary").isLessThan(summary(second).indexOf("Run"));

        assertThat(BriefingFiles.records(Path.of(first.outputFolder()), BriefingTable.CHANGES)).isEmpty();
        assertThat(summary(first)).contains("Nothing to compare with", "this is the first briefing in its reports folder");
    }

    @Test
    void aRerunOnTheSameFolderHasNoChanges() throws Exception {
        Path seeds = folder("inbox", Map.of("a.txt", ACCORD, "b.txt", WELCOME, "c.txt", DOUBTS));
        Path reports = work.resolve("reports");
        RunOutcome first = runner.run(seeds, reports);
        Thread.sleep(1100); // a new run name (it holds the second)

        RunOutcome rerun = runner.run(seeds, reports);

        assertThat(BriefingFiles.records(Path.of(rerun.outputFolder()), BriefingTable.CHANGES)).isEmpty();
        assertThat(summary(rerun)).contains("Since " + first.runName(), "Nothing changed");
    }

    @Test
    void compareToNamesTheBriefingToCompareWithWhateverTheReportsFolderHolds() throws Exception {
        Path seeds = folder("inbox", Map.of("a.txt", ACCORD, "b.txt", WELCOME, "c.txt", DOUBTS));
        RunOutcome first = runner.run(seeds, work.resolve("monday"));
        nextNight(seeds);
        RunOutcome second = runner.run(seeds, work.resolve("tuesday"), Path.of(first.outputFolder()));

        assertThat(BriefingFiles.records(Path.of(second.outputFolder()), BriefingTable.CHANGES)).extracting(ChangesEndToEndTest::line)
                .contains("added | sources | d.txt | d.txt", "removed | sources | c.txt | c.txt");
        assertThatThrownBy(() -> runner.run(seeds, work.resolve("tuesday"), work.resolve("monday")))
                .as("the reports folder, not a briefing").isInstanceOf(RunRefusedException.class)
                .hasMessageContaining("--compare-to").hasMessageContaining("not a complete briefing (no briefing.xlsx)");
    }

    @Test
    void aRestartedRunComparesWithTheBriefingChosenWhenItStartedAndWritesTheSameFiles() throws Exception {
        Path seeds = folder("inbox", Map.of("a.txt", ACCORD, "b.txt", WELCOME, "c.txt", DOUBTS));
        Path reports = work.resolve("reports");
        runner.run(seeds, reports);
        nextNight(seeds);
        RunOutcome uninterrupted = runner.run(seeds, reports);
        Path out = Path.of(uninterrupted.outputFolder());
        Map<BriefingTable, byte[]> files = new EnumMap<>(BriefingTable.class);
        for (BriefingTable table : BriefingTable.values()) {
            files.put(table, Files.readAllBytes(out.resolve(table.fileName() + ".csv")));
        }
        assertThat(BriefingFiles.records(out, BriefingTable.CHANGES)).isNotEmpty();

        // kill -9 while comparing: the last two steps and the run still marked running, no briefing written
        JobExecution execution = lastExecutionOf(uninterrupted.runName());
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals("compareBriefings") || step.getStepName().equals("writeReports")) {
                step.setStatus(BatchStatus.STARTED);
                step.setEndTime(null);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.STARTED);
        execution.setEndTime(null);
        jobRepository.update(execution);
        // meanwhile a briefing as recent as the run appears (a copy of its own): chosen anew, it would be compared with
        copy(out, reports.resolve(uninterrupted.runName().substring(0, 17) + "_copy"));
        deleteRecursively(out);

        RunOutcome restarted = runner.restart(seeds);

        assertThat(restarted.completed()).as(restarted.failure()).isTrue();
        assertThat(restarted.runName()).isEqualTo(uninterrupted.runName());
        assertThat(lastExecutionOf(restarted.runName()).getStepExecutions()).extracting(StepExecution::getStepName)
                .as("the comparison ran again").containsExactlyInAnyOrder("compareBriefings", "writeReports");
        for (BriefingTable table : BriefingTable.values()) {
            assertThat(Files.readAllBytes(Path.of(restarted.outputFolder(), table.fileName() + ".csv")))
                    .as(table.fileName()).isEqualTo(files.get(table));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The next night's folder: one article gone, one new. */
    private static void nextNight(Path seeds) throws Exception {
        Thread.sleep(1100); // a new run name (it holds the second)
        Files.delete(seeds.resolve("c.txt"));
        Files.writeString(seeds.resolve("d.txt"), PATROLS);
    }

    /** A change as "change | table | key | source_ids". */
    private static String line(Map<String, String> change) {
        return String.join(" | ", change.get("change"), change.get("table"), change.get("key"), change.get("source_ids"));
    }

    /** The Summary sheet's text, cell after cell. */
    private static String summary(RunOutcome run) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String[] row : BriefingFiles.sheets(Path.of(run.outputFolder(), ReportWriter.WORKBOOK)).get("Summary")) {
            text.append(String.join(" ", row)).append('\n');
        }
        return text.toString();
    }

    private JobExecution lastExecutionOf(String runName) {
        return jobRepository.findJobInstances(BriefingJobConfiguration.JOB_NAME).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(e -> runName.equals(e.getJobParameters().getString(RunParameters.RUN)))
                .findFirst().orElseThrow();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    private Path folder(String name, Map<String, String> articles) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        for (Map.Entry<String, String> a : articles.entrySet()) {
            Files.writeString(folder.resolve(a.getKey()), a.getValue());
        }
        return folder;
    }

    /** The project's lexicons with three invented states, so parties of invented articles are found. */
    private static void inventedStates() {
        Path target = Path.of(LEXICONS);
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            Files.createDirectories(target);
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("application")).toList()) {
                Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(target.resolve("states.tsv"), Files.readString(target.resolve("states.tsv"))
                    + "Norland\tKingdom of Norland\tNorholm\tNorlander;Norlanders\t\tstate\n"
                    + "Sudmark\tRepublic of Sudmark\tPort Elin\tSudmarker;Sudmarkers\t\tstate\n"
                    + "Westmark\tRepublic of Westmark\tWestby\tWestmarker;Westmarkers\t\tstate\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
