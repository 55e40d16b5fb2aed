package org.treatybriefing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a briefing: every table as a CSV file and as a sheet of {@code briefing.xlsx}, in one
 * pass over the rows. Everything goes to a hidden temporary folder beside the target, which is
 * renamed into place at the end, so a failed run never leaves half a briefing and never touches
 * an earlier one.
 */
public final class ReportWriter {

    public static final String WORKBOOK = "briefing.xlsx";
    /** Rows kept in memory per streamed sheet; the rest is flushed to a temporary file. */
    private static final int WINDOW = 200;
    /** Widest a column of source ids grows: a longer id (a deep path) wraps. */
    private static final int MAX_SOURCE_WIDTH = 40;

    private final int maxRowsPerSheet;

    public ReportWriter() {
        this(StreamedSheet.EXCEL_ROWS);
    }

    /** @param maxRowsPerSheet rows a sheet holds, header included (Excel's limit; smaller in tests) */
    ReportWriter(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes into {@code target} (which must not exist yet, unless as this run's own complete
     * briefing: see {@link #moveIntoPlace}) and returns the row count of each table.
     */
    public Map<BriefingTable, Integer> write(Path target, RunInfo run, Summary summary, TableRows rows) {
        return write(target, run, summary, null, rows);
    }

    /**
     * As {@link #write(Path, RunInfo, Summary, TableRows)}, the Summary opening with what changed
     * since the previous briefing ({@code since}; null leaves the block out).
     */
    public Map<BriefingTable, Integer> write(Path target, RunInfo run, Summary summary, SinceLastBriefing since,
                                             TableRows rows) {
        Path temp = partialFolderOf(target);
        try {
            deleteRecursively(temp);
            Files.createDirectories(temp);
            Map<BriefingTable, Integer> counts = withOwnTempFolder(() -> writeInto(temp, run, summary, since, rows));
            moveIntoPlace(temp, target);
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing to " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteRecursively(temp);
            } catch (IOException ignored) {
                // best effort: a leftover .partial folder is hidden and replaced by the next run
            }
        }
    }

    /** The hidden folder a briefing is written into before it is renamed to {@code target}. */
    static Path partialFolderOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".partial");
    }

    /** Removes what a run killed while writing {@code target} left behind. */
    public static void removePartialOutput(Path target) throws IOException {
        deleteRecursively(partialFolderOf(target));
    }

    /** A step of writing that may fail with an I/O error. */
    private interface Writing<T> {
        T run() throws IOException;
    }

    /**
     * POI's streamed sheets spill rows into temporary files, by default in one folder shared by
     * every user of the machine ({@code /tmp/poifiles}): when another user made it, the run fails
     * at its last step. Each run gets its own temporary folder instead, removed at the end.
     */
    private static <T> T withOwnTempFolder(Writing<T> writing) throws IOException {
        Path own = Files.createTempDirectory("treaty-briefing-poi-");
        try {
            return TempFile.withStrategy(new DefaultTempFileCreationStrategy(own.toFile()), () -> {
                try {
                    return writing.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            deleteRecursively(own);
        }
    }

    private Map<BriefingTable, Integer> writeInto(Path folder, RunInfo run, Summary summary, SinceLastBriefing since,
                                                  TableRows rows) throws IOException {
        Map<BriefingTable, Integer> counts = new EnumMap<>(BriefingTable.class);
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles.nameDefaultStyle(base);
        WorkbookStyles styles = new WorkbookStyles(base);
        SummarySheet.write(base, styles, run, summary, since);
        LinkedWorkbook wb = new LinkedWorkbook(base, WINDOW);
        try {
            Map<String, Integer> sourceRows = new HashMap<>();
            int[] longestSourceId = {0};
            List<String> continued = new ArrayList<>();
            for (BriefingTable table : BriefingTable.values()) {
                StreamedSheet sheet = new StreamedSheet(wb, table, styles, sourceRows,
                        table == BriefingTable.SOURCES ? MAX_SOURCE_WIDTH : Math.min(MAX_SOURCE_WIDTH, longestSourceId[0] + 2),
                        maxRowsPerSheet);
                try (CsvTableWriter csv = new CsvTableWriter(folder, table)) {
                    rows.forEach(table, row -> {
                        sheet.write(row);
                        csv.write(row);
                        if (table == BriefingTable.SOURCES) {
                            String id = String.valueOf(row.get(0));
                            longestSourceId[0] = Math.max(longestSourceId[0], id.length());
                            if (sheet.lastRowOnFirstSheet() > 0) {
                                sourceRows.put(id, sheet.lastRowOnFirstSheet());
                            }
                        }
                    });
                }
                sheet.finish();
                counts.put(table, sheet.rowsWritten());
                if (sheet.sheetCount() > 1) {
                    continued.add(String.format("%s: %,d rows, more than a sheet holds: continued on %d sheets "
                            + "(\"%s (2)\", ...); %s.csv holds every row", table.sheetName(), sheet.rowsWritten(),
                            sheet.sheetCount(), table.sheetName(), table.fileName()));
                }
            }
            SummarySheet.noteContinuedTables(base, styles, continued);
            try (OutputStream out = Files.newOutputStream(folder.resolve(WORKBOOK))) {
                wb.write(out);
            }
        } finally {
            wb.close(); // also deletes SXSSF's temporary files
        }
        return counts;
    }

    /**
     * Renames the written folder into place. A complete briefing already there under this run's
     * name is this run's own, left by a process killed right after its rename: a restart writes
     * the same tables again and replaces it. Anything else in the way is an error.
     */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!isCompleteBriefing(target)) {
                throw new IOException("the output folder " + target + " already exists");
            }
            Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
            deleteRecursively(previous);
            move(target, previous);
            move(temp, target);
            deleteRecursively(previous);
            return;
        }
        move(temp, target);
    }

    /** A folder holding the workbook and every table's CSV file. */
    static boolean isCompleteBriefing(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(folder.resolve(WORKBOOK))) {
            return false;
        }
        for (BriefingTable table : BriefingTable.values()) {
            if (!Files.isRegularFile(folder.resolve(table.fileName() + ".csv"))) {
                return false;
            }
        }
        return true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
            walk.forEach(all::add);
        }
        all.sort(Comparator.reverseOrder());
        for (Path x : all) {
            Files.deleteIfExists(x);
        }
    }
}
