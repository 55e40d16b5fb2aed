package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.treatybriefing.report.BriefingTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staging tables keep only what a later run can use: after a run completes, the rows of
 * earlier completed runs go, those of a run {@code --restart} can resume stay (and it resumes to
 * the same files), and {@code --compare-to} a pruned run's briefing still works (it reads CSV files).
 */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/pruning-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/pruning.lock"})
class StagingPruningTest {

    private static final Path SEEDS = Path.of("seeds");

    @Autowired
    private BriefingRunner runner;

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path work;

    @Test
    void aCompletedRunRemovesTheRowsOfEarlierRunsButKeepsThoseARestartNeeds() throws Exception {
        Path harbour = harbourFolder();
        RunOutcome uninterrupted = runner.run(harbour, work.resolve("clean"));
        RunOutcome seedsFirst = next(() -> runner.run(SEEDS, work.resolve("a")));
        assertThat(stagedRows(uninterrupted.runName())).as("completed earlier, pruned").isZero();

        Path blocked = work.resolve("blocked"); // a file: the run fails at its last step
        Files.writeString(blocked, "not a folder");
        RunOutcome failed = next(() -> runner.run(harbour, blocked));
        assertThat(failed.completed()).isFalse();
        RunOutcome seedsAgain = next(() -> runner.run(SEEDS, work.resolve("a")));

        assertThat(stagedRows(seedsFirst.runName())).as("an earlier completed run").isZero();
        assertThat(stagedRows(failed.runName())).as("a run --restart can resume").isPositive();
        assertThat(stagedRows(seedsAgain.runName())).as("the run just completed").isPositive();
        assertThat(extractionsOf(seedsAgain.runName())).as("a rerun of the folder reuses them").isEqualTo(5);
        assertThat(extractionsOf(failed.runName())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tb_extraction", Integer.class)).isEqualTo(7);

        Files.delete(blocked);
        Files.createDirectory(blocked);
        RunOutcome restarted = runner.restart(harbour);
        assertThat(restarted.completed()).as(restarted.failure()).isTrue();
        for (BriefingTable table : BriefingTable.values()) {
            assertThat(Files.readAllBytes(Path.of(restarted.outputFolder(), table.fileName() + ".csv")))
                    .as(table.fileName())
                    .isEqualTo(Files.readAllBytes(Path.of(uninterrupted.outputFolder(), table.fileName() + ".csv")));
        }
        assertThat(stagedRows(seedsAgain.runName())).as("no longer the last completed run").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tb_extraction", Integer.class)).isEqualTo(2);

        RunOutcome compared = next(() -> runner.run(SEEDS, work.resolve("c"), Path.of(seedsFirst.outputFolder())));
        assertThat(compared.completed()).isTrue();
        assertThat(Files.readAllLines(Path.of(compared.outputFolder(), BriefingTable.CHANGES.fileName() + ".csv")))
                .as("compared with a pruned run's briefing: the same articles, no changes").hasSize(1);
    }

    /** A new run name: runs are named by the second they start in. */
    private static RunOutcome next(java.util.concurrent.Callable<RunOutcome> run) throws Exception {
        Thread.sleep(1100);
        return run.call();
    }

    private int stagedRows(String run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tb_run_file WHERE run_name = ?", Integer.class, run)
                + jdbc.queryForObject("SELECT COUNT(*) FROM tb_briefing_row WHERE run_name = ?", Integer.class, run);
    }

    private int extractionsOf(String run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tb_extraction e WHERE e.sha256 IN"
                + " (SELECT sha256 FROM tb_run_file WHERE run_name = ?)", Integer.class, run);
    }

    private Path harbourFolder() throws Exception {
        Path folder = Files.createDirectories(work.resolve("harbour"));
        List<String> articles = List.of(
                "Norland and Sudmark sign the harbour accord\n\nNorland and Sudmark signed the harbour accord on Monday."
                        + " \"The accord will keep the strait open for every fleet,\" said Ann Vale, the foreign minister of"
                        + " Norland. The accord runs for ten years and covers fishing and shipping.",
                "Harbour accord draws praise\n\nThe harbour accord between Norland and Sudmark was welcomed by analysts."
                        + " \"It is a fair deal for both sides and for the fishermen of the coast,\" said Tom Reed, a senior"
                        + " fellow at the Coastal Institute.");
        for (int i = 0; i < articles.size(); i++) {
            Files.writeString(folder.resolve("article-" + i + ".txt"), articles.get(i));
        }
        return folder;
    }
}
