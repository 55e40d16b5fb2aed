package org.treatybriefing.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ReportWriter on a small hand-made briefing; the files are read back with a test parser and POI. */
class ReportWriterTest {

    @TempDir
    Path reports;

    static final String QUOTE_WITH_EVERYTHING = "She said \"yes, at once\", then\nleft, é “ok”";

    /** A few rows per table, with the awkward cases in them. */
    static Map<BriefingTable, List<List<Object>>> tables() {
        Map<BriefingTable, List<List<Object>>> t = new EnumMap<>(BriefingTable.class);
        t.put(BriefingTable.SOURCES, List.of(
                List.of("a.txt", "a.txt", "aa11", "Treaty signed, at last", 300, "accepted", "", "UTF-8"),
                List.of("sub/b.txt", "b.txt", "bb22", "Ports to open", 250, "accepted", "Norland Times", "windows-1252"),
                List.of("c.txt", "c.txt", "", "", 0, "rejected", "", "")));
        t.put(BriefingTable.TREATY, List.of(
                List.of("Northland–Southland Partnership Treaty", "", "Valdoria", 20, "", "Northland; Southland",
                        "a.txt; sub/b.txt", 2, "")));
        t.put(BriefingTable.PARTIES, List.of(
                List.of("Northland", "signatory", "", "Sergei Ivanov", 4, "a.txt; sub/b.txt", 2)));
        t.put(BriefingTable.QUOTES, List.of(
                quoteRow("Q0001", "sub/b.txt", "Anna Kowalska", QUOTE_WITH_EVERYTHING, "C0001", "a.txt", 0.75),
                quoteRow("Q0002", "a.txt", "Sergei Ivanov", "plain words", "C0002", "", 0.5),
                quoteRow("Q0003", "missing.txt", "", "no such source", "", "", 0.0)));
        t.put(BriefingTable.REJECTED, List.of(List.of("c.txt", "binary file, not text (PNG image)")));
        return t;
    }

    static List<Object> quoteRow(String id, String source, String speaker, String text, String cluster,
                                 String corroborating, double confidence) {
        return List.of(id, source, speaker, "", "official", "direct", text, 10, 10 + text.length(), cluster,
                corroborating, confidence, "said-after");
    }

    static TableRows rowsOf(Map<BriefingTable, List<List<Object>>> tables) {
        return (table, consumer) -> tables.getOrDefault(table, List.of()).forEach(consumer);
    }

    static Summary summary(List<Summary.Count> areas) {
        return new Summary(2, 1,
                List.of(new Summary.TreatyCard("Northland–Southland Partnership Treaty", List.of("Partnership Agreement"),
                        "Valdoria", 20, null, List.of("Northland", "Southland"),
                        List.of("signed at: Castel Mar (c.txt); Valdoria (a.txt)"))),
                List.of(new Summary.PartyLine("Northland", "signatory", List.of("Sergei Ivanov"), 2,
                        "Northland–Southland Partnership Treaty")),
                List.of(new Summary.Statement("Anna Kowalska", "=1+1 is how she put it", 2, List.of("a.txt", "sub/b.txt"),
                        List.of(new Summary.Headline("Treaty signed, at last", ""),
                                new Summary.Headline("Ports to open", "Norland Times")))),
                List.of(new Summary.SpeakerLine("Anna Kowalska", "official", "minister, Southland", 2)),
                areas);
    }

    static RunInfo run(Path target) {
        return new RunInfo("briefing-test", "2025-01-02T03:04:05", Path.of("seeds"), target);
    }

    static final List<Summary.Count> AREAS = List.of(new Summary.Count("energy", 3), new Summary.Count("trade", 2));

    private Path writeDefault() {
        Path target = reports.resolve("out");
        new ReportWriter().write(target, run(target), summary(AREAS), rowsOf(tables()));
        return target;
    }

    // ---------------------------------------------------------------- files

    @Test
    void writesEveryCsvAndTheWorkbookAndLeavesNoPartialFolder() throws Exception {
        Path target = reports.resolve("out");

        Map<BriefingTable, Integer> counts = new ReportWriter().write(target, run(target), summary(AREAS),
                rowsOf(tables()));

        List<String> expected = new ArrayList<>();
        for (BriefingTable table : BriefingTable.values()) {
            expected.add(table.fileName() + ".csv");
        }
        expected.add(ReportWriter.WORKBOOK);
        assertThat(list(target)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(list(reports)).containsExactly("out");
        assertThat(counts).containsEntry(BriefingTable.SOURCES, 3).containsEntry(BriefingTable.QUOTES, 3)
                .containsEntry(BriefingTable.SPEAKERS, 0).hasSize(BriefingTable.values().length);
    }

    @Test
    void replacesALeftoverPartialFolderOfACrashedRun() throws Exception {
        Path leftover = Files.createDirectories(reports.resolve(".out.partial/junk"));
        Files.writeString(leftover.resolve("old.csv"), "stale");

        Path target = writeDefault();

        assertThat(list(reports)).containsExactly("out");
        assertThat(target.resolve("junk")).doesNotExist();
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void csvStartsWithAByteOrderMarkAndItsHeaderIsTheSchemaInOrder() throws Exception {
        Path target = writeDefault();

        for (BriefingTable table : BriefingTable.values()) {
            byte[] bytes = Files.readAllBytes(target.resolve(table.fileName() + ".csv"));
            assertThat(bytes).as(table.fileName()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String content = new String(bytes, StandardCharsets.UTF_8);
            assertThat(content).as(table.fileName()).startsWith("\uFEFF" + String.join(",", table.headers()) + "\r\n");
            assertThat(parse(content.substring(1)).get(0)).containsExactlyElementsOf(table.headers());
        }
    }

    @Test
    void csvLinesEndInCrlf() throws Exception {
        String sources = csvText(writeDefault(), BriefingTable.SOURCES);

        assertThat(sources).endsWith("\r\n");
        assertThat(sources.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(sources.split("\r\n", -1)).hasSize(1 + 3 + 1);
    }

    @Test
    void csvQuotesCommasQuotesAndNewlinesAsRfc4180Says() throws Exception {
        Path target = writeDefault();

        String quotes = csvText(target, BriefingTable.QUOTES);
        assertThat(quotes).contains("\"She said \"\"yes, at once\"\", then\nleft, é “ok”\"");
        assertThat(quotes).contains(",plain words,").doesNotContain("\"plain words\"");
        assertThat(csvText(target, BriefingTable.SOURCES)).contains("\"Treaty signed, at last\"");

        List<List<String>> rows = parse(quotes);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("Q0001", "sub/b.txt", "Anna Kowalska", "", "official", "direct",
                QUOTE_WITH_EVERYTHING, "10", String.valueOf(10 + QUOTE_WITH_EVERYTHING.length()), "C0001", "a.txt",
                "0.75", "said-after");
    }

    @Test
    void csvWritesNumbersPlainly() throws Exception {
        Path target = writeDefault();

        List<List<String>> sources = parse(csvText(target, BriefingTable.SOURCES));
        assertThat(sources).extracting(r -> r.get(4)).containsExactly("words", "300", "250", "0");
        List<List<String>> quotes = parse(csvText(target, BriefingTable.QUOTES));
        assertThat(quotes).extracting(r -> r.get(11)).containsExactly("confidence", "0.75", "0.5", "0");
    }

    @Test
    void anEmptyTableIsAHeaderAlone() throws Exception {
        String speakers = csvText(writeDefault(), BriefingTable.SPEAKERS);

        assertThat(speakers).isEqualTo(String.join(",", BriefingTable.SPEAKERS.headers()) + "\r\n");
    }

    // ---------------------------------------------------------------- workbook

    @Test
    void theSummaryIsTheFirstSheetAndTheTablesFollowInSchemaOrder() throws Exception {
        try (XSSFWorkbook wb = open(writeDefault())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("Summary"));
            for (BriefingTable table : BriefingTable.values()) {
                expected.add(table.sheetName());
            }
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void theSummaryHasABarChartOfTheAreas() throws Exception {
        try (XSSFWorkbook wb = open(writeDefault())) {
            XSSFSheet summary = wb.getSheetAt(0);
            XSSFDrawing drawing = summary.getDrawingPatriarch();

            assertThat(drawing).isNotNull();
            List<XSSFChart> charts = drawing.getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
            XDDFChartData.Series series = data.get(0).getSeries(0);
            // the chart points at the rows that hold the areas and their counts
            List<String> labels = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (Row row : summary) {
                Cell label = row.getCell(0);
                if (label != null && (label.getStringCellValue().equals("energy")
                        || label.getStringCellValue().equals("trade"))) {
                    labels.add(label.getStringCellValue());
                    values.add(row.getCell(SummarySheet.NUMBER).getNumericCellValue());
                    rows.add(row.getRowNum() + 1);
                }
            }
            assertThat(labels).containsExactly("energy", "trade");
            assertThat(values).containsExactly(3.0, 2.0);
            assertThat(series.getCategoryData().getDataRangeReference())
                    .isEqualTo("Summary!$A$" + rows.get(0) + ":$A$" + rows.get(1));
            assertThat(series.getValuesData().getDataRangeReference())
                    .isEqualTo("Summary!$B$" + rows.get(0) + ":$B$" + rows.get(1));
        }
    }

    @Test
    void theSummaryHasNoChartWithoutAreas() throws Exception {
        Path target = reports.resolve("out");
        new ReportWriter().write(target, run(target), summary(List.of()), rowsOf(tables()));

        try (XSSFWorkbook wb = open(target)) {
            XSSFDrawing drawing = wb.getSheetAt(0).getDrawingPatriarch();
            assertThat(drawing == null ? List.of() : drawing.getCharts()).isEmpty();
        }
    }

    @Test
    void theSummaryShowsTheRunAndTheTreatyCard() throws Exception {
        try (XSSFWorkbook wb = open(writeDefault())) {
            List<String> text = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    text.add(c.getCellType() == CellType.NUMERIC ? CellText.of(c.getNumericCellValue())
                            : c.getStringCellValue());
                }
            }
            assertThat(text).contains("briefing-test", "Northland–Southland Partnership Treaty", "Partnership Agreement",
                    "Valdoria", "20", "signed at: Castel Mar (c.txt); Valdoria (a.txt)", "Sergei Ivanov",
                    "=1+1 is how she put it");
        }
    }

    @Test
    void numbersAreNumericCells() throws Exception {
        try (XSSFWorkbook wb = open(writeDefault())) {
            Sheet sources = wb.getSheet("Sources");
            Cell words = sources.getRow(1).getCell(BriefingTable.SOURCES.headers().indexOf("words"));
            assertThat(words.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(words.getNumericCellValue()).isEqualTo(300.0);

            Sheet quotes = wb.getSheet("Quotes");
            Cell confidence = quotes.getRow(1).getCell(BriefingTable.QUOTES.headers().indexOf("confidence"));
            assertThat(confidence.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(confidence.getNumericCellValue()).isEqualTo(0.75);
            assertThat(confidence.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            Cell start = quotes.getRow(1).getCell(BriefingTable.QUOTES.headers().indexOf("char_start"));
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("0");

            // a number column without a number holds text, not a zero
            Cell total = wb.getSheet("Treaty").getRow(1).getCell(BriefingTable.TREATY.headers().indexOf("articles_total"));
            assertThat(total.getCellType()).isEqualTo(CellType.STRING);
            assertThat(total.getStringCellValue()).isEmpty();

            Cell sha = sources.getRow(1).getCell(BriefingTable.SOURCES.headers().indexOf("sha256"));
            assertThat(sha.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void everyTableSheetHasABoldFrozenHeaderAndAnAutofilter() throws Exception {
        try (XSSFWorkbook wb = open(writeDefault())) {
            for (BriefingTable table : BriefingTable.values()) {
                XSSFSheet sheet = wb.getSheet(table.sheetName());
                Row header = sheet.getRow(0);
                List<String> names = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    Cell c = header.getCell(i);
                    names.add(c.getStringCellValue());
                    assertThat(((XSSFCellStyle) c.getCellStyle()).getFont().getBold())
                            .as(table.sheetName() + " header " + i).isTrue();
                }
                assertThat(names).containsExactlyElementsOf(table.headers());

                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(table.sheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);

                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(table.sheetName()).isTrue();
                String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(table.columns().size() - 1);
                int rows = tables().getOrDefault(table, List.of()).size();
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                        .isEqualTo("A1:" + lastColumn + Math.max(1, rows + 1));
            }
        }
    }

    @Test
    void aSourceIdLinksToItsRowInTheSourcesSheet() throws Exception {
        try (XSSFWorkbook wb = open(writeDefault())) {
            Sheet sources = wb.getSheet("Sources");
            Sheet quotes = wb.getSheet("Quotes");
            int sourceColumn = BriefingTable.QUOTES.headers().indexOf("source_id");
            int corroboratingColumn = BriefingTable.QUOTES.headers().indexOf("corroborating_source_ids");

            Cell b = quotes.getRow(1).getCell(sourceColumn);
            assertThat(b.getStringCellValue()).isEqualTo("sub/b.txt");
            assertThat(linkedSource(wb, b)).isEqualTo("sub/b.txt");
            assertThat(linkedSource(wb, quotes.getRow(1).getCell(corroboratingColumn))).isEqualTo("a.txt");
            assertThat(linkedSource(wb, quotes.getRow(2).getCell(sourceColumn))).isEqualTo("a.txt");
            // an id that is not among the sources, or no id at all, is plain text
            assertThat(quotes.getRow(3).getCell(sourceColumn).getHyperlink()).isNull();
            assertThat(quotes.getRow(2).getCell(corroboratingColumn).getHyperlink()).isNull();
            // multiple ids link to the first
            Cell treatySources = wb.getSheet("Treaty").getRow(1).getCell(BriefingTable.TREATY.headers().indexOf("source_ids"));
            assertThat(treatySources.getStringCellValue()).isEqualTo("a.txt; sub/b.txt");
            assertThat(linkedSource(wb, treatySources)).isEqualTo("a.txt");
            // the Sources sheet does not link to itself
            assertThat(sources.getRow(1).getCell(0).getHyperlink()).isNull();
        }
    }

    // ---------------------------------------------------------------- atomic output

    @Test
    void anExistingTargetIsRefusedAndLeftUntouched() throws Exception {
        Path target = Files.createDirectory(reports.resolve("out"));
        Files.writeString(target.resolve("quotes.csv"), "an earlier briefing");

        assertThatThrownBy(() -> new ReportWriter().write(target, run(target), summary(AREAS), rowsOf(tables())))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("already exists");

        assertThat(list(target)).containsExactly("quotes.csv");
        assertThat(Files.readString(target.resolve("quotes.csv"))).isEqualTo("an earlier briefing");
        assertThat(list(reports)).containsExactly("out");
    }

    @Test
    void aFailureMidwayLeavesNoTargetAndNoPartialFolder() throws Exception {
        Path target = reports.resolve("out");
        Map<BriefingTable, List<List<Object>>> tables = tables();
        AtomicInteger quoteRowsGiven = new AtomicInteger();
        TableRows failing = (table, consumer) -> {
            if (table == BriefingTable.QUOTES) {
                consumer.accept(tables.get(table).get(0));
                quoteRowsGiven.incrementAndGet();
                throw new IllegalStateException("the staging database went away");
            }
            tables.getOrDefault(table, List.of()).forEach(consumer);
        };

        assertThatThrownBy(() -> new ReportWriter().write(target, run(target), summary(AREAS), failing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the staging database went away");

        assertThat(quoteRowsGiven).hasValue(1);
        assertThat(target).doesNotExist();
        assertThat(list(reports)).isEmpty();
    }

    @Test
    void aFailedRunDoesNotStopTheNextOne() {
        Path target = reports.resolve("out");
        TableRows failing = (table, consumer) -> {
            throw new IllegalStateException("boom");
        };
        assertThatThrownBy(() -> new ReportWriter().write(target, run(target), summary(AREAS), failing))
                .isInstanceOf(IllegalStateException.class);

        new ReportWriter().write(target, run(target), summary(AREAS), rowsOf(tables()));

        assertThat(target.resolve(ReportWriter.WORKBOOK)).isRegularFile();
    }

    // ---------------------------------------------------------------- helpers

    /** The first cell of the Sources row a cell's hyperlink leads to. */
    static String linkedSource(XSSFWorkbook wb, Cell cell) {
        XSSFHyperlink link = (XSSFHyperlink) cell.getHyperlink();
        assertThat(link).as("hyperlink of " + cell.getAddress()).isNotNull();
        assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
        String address = link.getAddress();
        assertThat(address).startsWith("'Sources'!A");
        int row = Integer.parseInt(address.substring("'Sources'!A".length()));
        return wb.getSheet("Sources").getRow(row - 1).getCell(0).getStringCellValue();
    }

    static XSSFWorkbook open(Path target) throws IOException {
        try (InputStream in = Files.newInputStream(target.resolve(ReportWriter.WORKBOOK))) {
            return new XSSFWorkbook(in);
        }
    }

    static String csvText(Path target, BriefingTable table) throws IOException {
        String content = Files.readString(target.resolve(table.fileName() + ".csv"), StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        return content.substring(1);
    }

    static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A strict RFC 4180 reader: records end in CRLF, fields containing a comma, quote, CR or LF are
     * quoted, quotes inside are doubled. Fails on anything else, so the writer cannot get away with less.
     */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (true) {
                    assertThat(i).as("unterminated quoted field").isLessThan(csv.length());
                    char q = csv.charAt(i);
                    if (q == '"') {
                        if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                assertThat(i == csv.length() || csv.charAt(i) == ',' || csv.charAt(i) == '\r')
                        .as("a quoted field ends at a separator").isTrue();
                fieldStart = false;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r') {
                assertThat(i + 1 < csv.length() && csv.charAt(i + 1) == '\n').as("CR outside quotes ends a record").isTrue();
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else {
                assertThat(c).as("bare quote or LF in an unquoted field at " + i).isNotIn('"', '\n');
                field.append(c);
                fieldStart = false;
                i++;
            }
        }
        assertThat(field.length() == 0 && record.isEmpty()).as("the last record ends in CRLF").isTrue();
        return records;
    }

    @Test
    void aPoiTemporaryFolderMadeByAnotherUserDoesNotStopTheRun() throws Exception {
        // another user's /tmp/poifiles, which this user cannot write into: here a plain file in its place
        Path tmp = Files.createDirectories(reports.resolve("tmp"));
        Files.writeString(tmp.resolve("poifiles"), "not ours");
        Map<BriefingTable, List<List<Object>>> tables = tables();
        List<List<Object>> quotes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) { // more rows than the streamed sheet keeps in memory
            quotes.add(quoteRow(String.format("Q%04d", i), "a.txt", "Anna Kowalska", "statement " + i, "", "", 0.9));
        }
        tables.put(BriefingTable.QUOTES, quotes);
        String tmpdir = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            Path target = reports.resolve("out");
            Map<BriefingTable, Integer> counts = new ReportWriter().write(target, run(target), summary(AREAS), rowsOf(tables));

            assertThat(counts).containsEntry(BriefingTable.QUOTES, 1_000);
            assertThat(list(tmp)).as("the run's own temporary folder is removed").containsExactly("poifiles");
        } finally {
            System.setProperty("java.io.tmpdir", tmpdir);
        }
    }

    // --- Excel's limits (issue 12, defect 4) ---

    @Test
    void aTableLongerThanASheetGoesOnToNumberedSheetsAndTheSummarySaysSo() throws Exception {
        Map<BriefingTable, List<List<Object>>> tables = tables();
        List<List<Object>> quotes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            quotes.add(quoteRow(String.format("Q%04d", i), "a.txt", "Anna Kowalska", "statement " + i, "", "", 0.9));
        }
        tables.put(BriefingTable.QUOTES, quotes);
        Path target = reports.resolve("out");

        // sheets of 10 rows (header included) stand for Excel's 1,048,576
        Map<BriefingTable, Integer> counts = new ReportWriter(10).write(target, run(target), summary(AREAS), rowsOf(tables));

        assertThat(counts).containsEntry(BriefingTable.QUOTES, 25);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target.resolve(ReportWriter.WORKBOOK)))) {
            String name = BriefingTable.QUOTES.sheetName();
            assertThat(wb.getSheet(name).getLastRowNum()).isEqualTo(9);
            assertThat(wb.getSheet(name + " (2)").getLastRowNum()).isEqualTo(9);
            assertThat(wb.getSheet(name + " (3)").getLastRowNum()).isEqualTo(7);
            assertThat(wb.getSheet(name + " (3)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("quote_id");
            assertThat(wb.getSheet(name + " (3)").getRow(7).getCell(0).getStringCellValue()).isEqualTo("Q0024");
            List<String> summary = new ArrayList<>();
            wb.getSheet("Summary").forEach(r -> r.forEach(c -> summary.add(c.toString())));
            assertThat(summary).anySatisfy(line -> assertThat(line).contains("25 rows").contains(name + " (2)"));
        }
        assertThat(Files.readAllLines(target.resolve(BriefingTable.QUOTES.fileName() + ".csv"))).hasSize(26);
    }

    @Test
    void aListOfIdsTooLongForACellShowsItsCountAndFirstIdsTheCsvKeepsThemAll() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 4_200; i++) {
            ids.append(i == 0 ? "" : "; ").append(String.format("business/%04d.txt", i));
        }

        String cell = SpreadsheetSafety.fitCell(ids.toString());

        assertThat(ids.length()).isGreaterThan(32_767);
        assertThat(cell).startsWith("4,200 ids, the first: business/0000.txt; business/0001.txt;")
                .endsWith("... (all in the CSV file)").hasSizeLessThan(2_100);
    }
}
