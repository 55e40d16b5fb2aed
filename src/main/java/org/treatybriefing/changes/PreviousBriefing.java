package org.treatybriefing.changes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.ReportWriter;

/**
 * The briefing a run compares itself with, found and read from its CSV files (the output's
 * contract, so a briefing written by another version or copied from another machine is read too).
 * <p>
 * "Previous" is the most recent complete briefing of the reports folder when the run starts,
 * whatever seed folder it briefed: among the folders named as runs name them,
 * {@code <yyyy-MM-dd'T'HHmmss>_<seed folder>[-n]}, the latest start time in the name that is not
 * later than this run's (the name, not the folder's modification time, which a copy or a backup
 * changes). A complete briefing holds {@code briefing.xlsx} and the CSV file of every table
 * compared; hidden folders ({@code .<run>.partial}, a run still writing or killed while writing),
 * links and anything else in the folder are never candidates.
 * <pre>{@code
 * // reports/ holds 2026-11-30T020000_inbox, 2026-12-01T020000_inbox and .2026-12-02T020000_inbox.partial
 * PreviousBriefing.latestIn(Path.of("reports"), "2026-12-02T020000_inbox");   // reports/2026-12-01T020000_inbox
 * Snapshot yesterday = PreviousBriefing.read(Path.of("reports/2026-12-01T020000_inbox"));
 * }</pre>
 */
public final class PreviousBriefing {

    private static final Pattern RUN_FOLDER = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{6})_.+?(?:-(\\d+))?");

    private PreviousBriefing() {
    }

    /**
     * The most recent complete briefing in {@code reports} before the run {@code runName} (which is
     * never its own previous), or none: the first briefing of the folder.
     */
    public static Optional<Path> latestIn(Path reports, String runName) {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        Optional<String> started = startOf(runName);
        List<Path> folders;
        try (Stream<Path> list = Files.list(reports)) {
            folders = list.toList();
        } catch (IOException e) {
            // an unreadable reports folder fails the run when it writes there, with its own message
            return Optional.empty();
        }
        return folders.stream()
                .filter(f -> !f.getFileName().toString().equals(runName))
                .filter(f -> startOf(f.getFileName().toString()).isPresent())
                .filter(f -> started.isEmpty() || startOf(f.getFileName().toString()).get().compareTo(started.get()) <= 0)
                .filter(PreviousBriefing::isComplete)
                .max(Comparator.comparing((Path f) -> startOf(f.getFileName().toString()).get())
                        .thenComparingInt(f -> number(f.getFileName().toString()))
                        .thenComparing(f -> f.getFileName().toString()))
                .map(f -> f.toAbsolutePath().normalize());
    }

    /**
     * A folder named by {@code --compare-to} (any complete briefing, whatever its name), or the one a
     * run chose, read again on a restart: its absolute path.
     *
     * @throws IllegalArgumentException saying what is missing ("/x is not a complete briefing (no quotes.csv)")
     */
    public static Path checked(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(f)) {
            throw new IllegalArgumentException(f + " is not a folder");
        }
        Optional<String> missing = missingFile(f);
        if (missing.isPresent()) {
            throw new IllegalArgumentException(f + " is not a complete briefing (no " + missing.get() + ")");
        }
        return f;
    }

    /** A folder (not a link, not hidden) holding the workbook and the CSV file of every table compared. */
    static boolean isComplete(Path folder) {
        return !folder.getFileName().toString().startsWith(".")
                && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && missingFile(folder).isEmpty();
    }

    private static Optional<String> missingFile(Path folder) {
        if (!Files.isRegularFile(folder.resolve(ReportWriter.WORKBOOK))) {
            return Optional.of(ReportWriter.WORKBOOK);
        }
        return BriefingDiff.COMPARED.keySet().stream().map(t -> t.fileName() + ".csv")
                .filter(name -> !Files.isRegularFile(folder.resolve(name))).findFirst();
    }

    /**
     * The tables compared, from the briefing's CSV files, with only the columns the comparison
     * reads of the large ones ({@link BriefingDiff#COLUMNS_READ}); a column an older briefing lacks reads as "".
     */
    public static Snapshot read(Path folder) {
        Snapshot snapshot = new Snapshot(BriefingDiff.COLUMNS_READ);
        for (BriefingTable table : BriefingDiff.COMPARED.keySet()) {
            Path file = folder.resolve(table.fileName() + ".csv");
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
                String[] header = csv.readNext();
                if (header == null) {
                    continue;
                }
                if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                    header[0] = header[0].substring(1);
                }
                Snapshot.Columns columns = Snapshot.Columns.of(List.of(header));
                for (String[] cells = csv.readNext(); cells != null; cells = csv.readNext()) {
                    snapshot.addLine(table, columns, cells);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the previous briefing's " + file + ": " + e.getMessage(), e);
            } catch (CsvValidationException e) {
                throw new IllegalStateException("cannot read the previous briefing's " + file + ": " + e.getMessage(), e);
            }
        }
        return snapshot;
    }

    /** The start time in a run folder's name, as text that sorts in time order. */
    static Optional<String> startOf(String name) {
        Matcher m = RUN_FOLDER.matcher(name);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A second run in the same second is "-2", "-3", ...: later than the first. */
    private static int number(String name) {
        Matcher m = RUN_FOLDER.matcher(name);
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    }
}
