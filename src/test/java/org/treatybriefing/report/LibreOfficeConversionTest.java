package org.treatybriefing.report;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.job.RunParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens the briefing the way a client does: LibreOffice Calc, headless. The workbook must convert
 * to PDF (the seeds' briefing in 12 pages or fewer: it gets printed), and the Quotes sheet exported
 * by LibreOffice must hold what POI reads from it.
 * Needs {@code soffice} on the PATH (.ci/run installs libreoffice-calc); fails, never skips, without it.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/libreoffice;AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/libreoffice.lock"})
class LibreOfficeConversionTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final long TIMEOUT_SECONDS = 120;
    /** The seeds' briefing printed: a few pages of Summary and Quotes, one for each other sheet with rows. */
    private static final int MAX_PAGES = 12;
    /**
     * CSV export options (https://help.libreoffice.org/latest/en-US/text/shared/guide/csv_params.html):
     * comma, double quote, UTF-8 (76), from line 1, no column formats, system language, do not quote
     * every text cell, detect special numbers, store values not as shown, no formulas, keep spaces,
     * then token 12: the 1-based sheet to export (LibreOffice 7.2 and later; it then names the file
     * {@code <name>-<Sheet>.csv}).
     */
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,";

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path temp;

    @Test
    void libreOfficeConvertsTheWorkbookToPdfAndExportsTheQuotesSheetUnchanged() throws Exception {
        String soffice = soffice();
        Path reports = Files.createDirectories(temp.resolve("reports"));
        RunParameters run = RunParameters.startingNow(SEEDS, reports, LocalDateTime.now());
        JobExecution execution = jobOperatorTestUtils.startJob(run.toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path workbook = run.outputFolder().resolve(ReportWriter.WORKBOOK);
        assertThat(workbook).exists();

        Path pdfDir = Files.createDirectories(temp.resolve("pdf"));
        convert(soffice, "pdf", pdfDir, workbook);
        Path pdf = pdfDir.resolve("briefing.pdf");
        assertThat(pdf).as("PDF written by LibreOffice").exists().isNotEmptyFile();
        try (InputStream in = Files.newInputStream(pdf)) {
            assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).as("PDF signature").isEqualTo("%PDF-");
        }
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            // every sheet's print setup (PrintLayout): 51 pages before it, most sheets a column or two a page
            assertThat(printed.getNumberOfPages()).as("pages of the seeds' briefing printed").isBetween(1, MAX_PAGES);
        }

        Map<String, List<String[]>> sheets = BriefingFiles.sheets(workbook);
        BriefingTable table = BriefingTable.QUOTES;
        int sheetNumber = new ArrayList<>(sheets.keySet()).indexOf(table.sheetName()) + 1;
        assertThat(sheetNumber).as("1-based position of the Quotes sheet (7 today)").isPositive();
        Path csvDir = Files.createDirectories(temp.resolve("csv"));
        convert(soffice, CSV_FILTER + sheetNumber, csvDir, workbook);
        List<String[]> exported = readCsv(onlyCsvIn(csvDir));
        List<String[]> sheet = sheets.get(table.sheetName());

        assertThat(sheet).as("Quotes sheet has data rows").hasSizeGreaterThan(1);
        assertThat(exported).as("rows exported by LibreOffice vs rows POI reads").hasSameSizeAs(sheet);
        assertThat(exported.get(0)).as("exported header").containsExactly(table.headers().toArray(String[]::new));
        List<Column> columns = table.columns();
        for (int r = 1; r < sheet.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                String expected = cell(sheet.get(r), c);
                String actual = cell(exported.get(r), c);
                String where = "Quotes row " + r + " column " + column.name();
                if (isNumeric(column) && !expected.isEmpty()) {
                    assertThat(actual).as(where + " (number)").isNotEmpty();
                    assertThat(Double.parseDouble(actual)).as(where).isEqualTo(Double.parseDouble(expected));
                } else {
                    assertThat(actual).as(where).isEqualTo(expected);
                }
            }
        }
    }

    private static boolean isNumeric(Column column) {
        return column.kind() == Column.Kind.NUMBER || column.kind() == Column.Kind.DECIMAL;
    }

    private static String cell(String[] row, int c) {
        return c < row.length && row[c] != null ? row[c] : "";
    }

    /** Runs {@code soffice --convert-to} with a throwaway profile; fails with its output unless it exits 0 in time. */
    private void convert(String soffice, String convertTo, Path outDir, Path input) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "soffice-", ".log");
        List<String> command = List.of(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + temp.resolve("lo-profile").toUri(),
                "--convert-to", convertTo, "--outdir", outDir.toString(), input.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("soffice did not finish within " + TIMEOUT_SECONDS + " s: " + command + "\n" + Files.readString(log));
        }
        assertThat(process.exitValue()).as("exit code of " + command + "\n" + Files.readString(log)).isZero();
    }

    /** The one CSV LibreOffice wrote (7.2+ names it after the sheet, e.g. briefing-Quotes.csv). */
    private static Path onlyCsvIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> csvs = files.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
            assertThat(csvs).as("CSV files LibreOffice wrote in " + dir).hasSize(1);
            return csvs.get(0);
        }
    }

    private static List<String[]> readCsv(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        try (Reader r = new StringReader(content); CSVReader csv = new CSVReader(r)) {
            return csv.readAll();
        } catch (CsvException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The soffice executable on the PATH. Without it the test is skipped with a one-line notice on
     * a developer's machine, and fails under CI (CI set), where .ci/run installs LibreOffice.
     */
    private static String soffice() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : List.of("soffice", "soffice.exe")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        String missing = "LibreOffice is not installed (no 'soffice' on the PATH): install it with "
                + "'apt-get install -y --no-install-recommends libreoffice-calc' to run this test";
        if (System.getenv("CI") == null) {
            System.out.println("Skipped LibreOfficeConversionTest: " + missing);
            Assumptions.abort(missing);
        }
        return fail(missing + " (CI is set: .ci/run installs it)");
    }
}
