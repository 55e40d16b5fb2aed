package org.treatybriefing.changes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatybriefing.report.Summary;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.ReportWriter;
import org.treatybriefing.report.RunInfo;
import org.treatybriefing.report.TableRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Which briefing of a reports folder is "the previous one", and reading it back from its CSV files. */
class PreviousBriefingTest {

    private static final String RUN = "2026-12-02T020000_inbox";

    @TempDir
    Path reports;

    /**
     * Each case: the folders in reports/ (a name alone is a complete briefing; "name:incomplete" lacks
     * quotes.csv; "name:link" is a symbolic link to a complete briefing), and the one chosen for {@link #RUN}.
     */
    static Stream<Arguments> folders() {
        return Stream.of(
                arguments(List.of(), null),
                arguments(List.of("2026-12-01T020000_inbox"), "2026-12-01T020000_inbox"),
                arguments(List.of("2026-11-30T020000_inbox", "2026-12-01T020000_inbox", "2026-11-29T020000_inbox"),
                        "2026-12-01T020000_inbox"),
                arguments(List.of("2026-11-30T020000_inbox", ".2026-12-01T020000_inbox.partial"), "2026-11-30T020000_inbox"),
                arguments(List.of("2026-11-30T020000_inbox", "2026-12-01T020000_inbox:incomplete"), "2026-11-30T020000_inbox"),
                arguments(List.of("2026-11-30T020000_inbox", "2026-12-01T020000_inbox:link"), "2026-11-30T020000_inbox"),
                arguments(List.of("2026-12-01T020000_inbox", "2026-12-03T020000_inbox"), "2026-12-01T020000_inbox"),
                arguments(List.of("yesterday", "briefing-copy"), null),
                arguments(List.of("2026-12-01T020000_inbox", "2026-12-01T020000_inbox-2"), "2026-12-01T020000_inbox-2"),
                arguments(List.of("2026-12-01T020000_inbox", "2026-12-01T030000_other"), "2026-12-01T030000_other"),
                arguments(List.of("2026-12-01T020000_inbox", RUN), "2026-12-01T020000_inbox"),
                arguments(List.of("2026-12-01T020000_inbox", "2026-12-02T020000_archive"), "2026-12-02T020000_archive"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("folders")
    void thePreviousBriefingIsTheLatestCompleteOneNotLaterThanTheRun(List<String> folders, String expected) throws Exception {
        for (String f : folders) {
            String[] nameAndKind = f.split(":");
            Path folder = reports.resolve(nameAndKind[0]);
            String kind = nameAndKind.length > 1 ? nameAndKind[1] : "";
            if (kind.equals("link")) {
                // the link's target is no run folder by its name: only the link could be chosen
                Files.createSymbolicLink(folder, briefing(reports.resolve("link-target"), false));
            } else {
                briefing(folder, kind.equals("incomplete"));
            }
        }

        assertThat(PreviousBriefing.latestIn(reports, RUN))
                .isEqualTo(expected == null ? Optional.empty() : Optional.of(reports.resolve(expected).toAbsolutePath().normalize()));
    }

    @Test
    void aReportsFolderThatIsMissingOrAFileHasNoPreviousBriefing() throws Exception {
        assertThat(PreviousBriefing.latestIn(reports.resolve("none"), RUN)).isEmpty();
        assertThat(PreviousBriefing.latestIn(Files.writeString(reports.resolve("file"), "x"), RUN)).isEmpty();
    }

    @Test
    void aFolderNamedByCompareToMustBeACompleteBriefing() throws Exception {
        Path named = briefing(reports.resolve("any name will do"), false);
        assertThat(PreviousBriefing.checked(named)).isEqualTo(named.toAbsolutePath().normalize());

        Path incomplete = briefing(reports.resolve("half"), true);
        assertThatThrownBy(() -> PreviousBriefing.checked(incomplete))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no quotes.csv");
        assertThatThrownBy(() -> PreviousBriefing.checked(reports.resolve("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void aBriefingReadBackFromItsCsvFilesEqualsTheRowsItWasWrittenFrom() throws Exception {
        Map<BriefingTable, List<List<Object>>> tables = new EnumMap<>(BriefingTable.class);
        tables.put(BriefingTable.SOURCES, List.of(List.of("a.txt", "a.txt", "aa11", "Accord, \"at last\"", 300, "ok", "Norland Times",
                "UTF-8", "txt")));
        tables.put(BriefingTable.SPEAKERS, List.of(List.of("Ann Vale", "Vale", "-foreign minister", "", "official", 2, "a.txt", 1),
                List.of("=Tomas Reed", "", "senior fellow", "Institute for Coastal Affairs", "analyst", 1, "a.txt", 1)));
        tables.put(BriefingTable.QUOTES, List.of(List.of("Q0001", "a.txt", "Ann Vale", "foreign minister", "official", "direct",
                "We will open\nthe channel, \"now\" \\ soon", 10, 49, "C0001", "", 0.9, "said-after")));
        tables.put(BriefingTable.TREATY, List.of(List.of("Harbour Accord", "", "Port Elin", 20, "", "Norland; Sudmark", "a.txt", 1, "")));
        Path target = reports.resolve("2026-12-01T020000_inbox");
        TableRows rows = (table, consumer) -> tables.getOrDefault(table, List.of()).forEach(consumer);
        new ReportWriter().write(target, new RunInfo("r", "now", Path.of("in"), target), emptySummary(), rows);
        Snapshot staged = new Snapshot(BriefingDiff.COLUMNS_READ);
        tables.forEach((table, list) -> list.forEach(r -> staged.addCells(table, r)));

        Snapshot read = PreviousBriefing.read(target);

        for (BriefingTable table : BriefingDiff.COMPARED.keySet()) {
            if (table != BriefingTable.QUOTES) {
                assertThat(read.rows(table)).as(table.fileName()).isEqualTo(staged.rows(table));
            }
        }
        assertThat(read.quoteClusters()).isEqualTo(staged.quoteClusters());
        assertThat(read.quoteClusters().all()).singleElement().satisfies(c -> {
            assertThat(c.wordings()).containsExactly("We will open\nthe channel, \"now\" \\ soon");
            assertThat(c.sources()).containsExactly("a.txt");
        });
        assertThat(BriefingDiff.between(read, staged).changes()).isEmpty();
    }

    @Test
    void ofTheLargeTablesOnlyTheColumnsTheComparisonReadsAreKept() {
        // the sources of 100,000 articles are 100,000 rows: the comparison holds 4 of their 9 columns, twice
        Snapshot s = new Snapshot(BriefingDiff.COLUMNS_READ);
        s.addCells(BriefingTable.SOURCES, List.of("a.txt", "a.txt", "aa11", "Accord at last", 300, "ok", "Norland Times",
                "UTF-8", "txt"));
        s.addLine(BriefingTable.SOURCES, Snapshot.Columns.of(List.of("source_id", "file", "title")),
                new String[]{"b.txt", "b.txt", "Talks stall"});

        Snapshot.Row staged = s.rows(BriefingTable.SOURCES).get(0);
        assertThat(staged.cells()).containsOnlyKeys("source_id", "title", "status", "sha256");
        assertThat(staged.get("sha256")).isEqualTo("aa11");
        assertThat(s.rows(BriefingTable.SOURCES).get(1).get("status")).as("a column an older briefing lacks").isEmpty();
        assertThatThrownBy(() -> staged.get("outlet")).as("a column the snapshot did not keep is a mistake, not an empty cell")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keeps only");
    }

    @Test
    void theQuotesAreKeptByClusterNotAsRows() {
        // the quotes of 100,000 articles are some 600,000 rows: the comparison keeps their statements, twice
        Snapshot s = new Snapshot(BriefingDiff.COLUMNS_READ);
        s.addCells(BriefingTable.QUOTES, List.of("Q0001", "a.txt", "Ann Vale", "foreign minister", "official", "direct",
                "We will sign", 10, 22, "C0001", "", 0.9, "said-after"));
        s.addLine(BriefingTable.QUOTES, Snapshot.Columns.of(List.of("quote_id", "source_id", "speaker", "text", "cluster_id")),
                new String[]{"Q0002", "d.txt", "Vale", "We will sign in May", "C0001"});
        s.addLine(BriefingTable.QUOTES, Snapshot.Columns.of(List.of("quote_id", "source_id", "speaker", "text", "cluster_id")),
                new String[]{"Q0003", "d.txt", "Tom Berg", "They said they would sign", ""});

        assertThat(s.quoteClusters().all()).containsExactly(new QuoteClusters.Cluster("Ann Vale",
                List.of("We will sign", "We will sign in May"), List.of("a.txt", "d.txt")));
        assertThatThrownBy(() -> s.rows(BriefingTable.QUOTES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("by cluster");
    }

    /** A briefing folder: the workbook and the CSV files compared (quotes.csv left out when incomplete). */
    static Path briefing(Path folder, boolean incomplete) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(ReportWriter.WORKBOOK), "not read");
        for (BriefingTable table : BriefingDiff.COMPARED.keySet()) {
            if (!(incomplete && table == BriefingTable.QUOTES)) {
                Files.writeString(folder.resolve(table.fileName() + ".csv"), "\uFEFF" + String.join(",", table.headers()) + "\r\n");
            }
        }
        return folder;
    }

    private static Summary emptySummary() {
        return new Summary(1, 0, new ArrayList<>(), List.of(), List.of(), List.of(), List.of());
    }
}
