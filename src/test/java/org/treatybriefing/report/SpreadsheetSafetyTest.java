package org.treatybriefing.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV injection and Excel's cell limit: unit level, then through ReportWriter. */
class SpreadsheetSafetyTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    /** Every text a spreadsheet program might run as a formula. */
    private static final List<String> DANGEROUS = List.of(HYPERLINK, "+1+2", "-3+cmd|' /C calc'!A0", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "=1+1");

    @TempDir
    Path reports;

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", HYPERLINK})
    void aCellStartingWithAFormulaCharacterGetsALeadingQuote(String cell) {
        assertThat(SpreadsheetSafety.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "1+1", "a=b", "'already quoted", "“=quoted”", "#hashtag", "x\t=1"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(SpreadsheetSafety.neutralise(cell)).isSameAs(cell);
    }

    @Test
    void nullAndEmptyAreLeftAlone() {
        assertThat(SpreadsheetSafety.neutralise(null)).isNull();
        assertThat(SpreadsheetSafety.neutralise("")).isEmpty();
    }

    @Test
    void fitCellKeepsExcelsLimitOf32767Characters() {
        String exact = "x".repeat(32_767);
        assertThat(SpreadsheetSafety.fitCell(exact)).isSameAs(exact);

        String over = "y".repeat(40_000);
        String fitted = SpreadsheetSafety.fitCell(over);
        assertThat(fitted).hasSize(32_767).endsWith("…").startsWith("yyyy");
    }

    @Test
    void formulaTextIsQuotedInCsvAndAStringCellInTheWorkbook() throws Exception {
        Map<BriefingTable, List<List<Object>>> tables = new EnumMap<>(BriefingTable.class);
        tables.put(BriefingTable.SOURCES, List.of(
                List.of("=source.txt", "=source.txt", "", "-title", 100, "accepted", "", "UTF-8")));
        List<List<Object>> quotes = new ArrayList<>();
        for (int i = 0; i < DANGEROUS.size(); i++) {
            // the speaker column is short text, the text column long text: both must be safe
            quotes.add(ReportWriterTest.quoteRow("Q" + i, "=source.txt", "@speaker" + i, DANGEROUS.get(i), "", "", -0.5));
        }
        tables.put(BriefingTable.QUOTES, quotes);
        Path target = reports.resolve("out");

        new ReportWriter().write(target, ReportWriterTest.run(target), ReportWriterTest.summary(List.of()),
                ReportWriterTest.rowsOf(tables));

        List<List<String>> csv = ReportWriterTest.parse(ReportWriterTest.csvText(target, BriefingTable.QUOTES));
        int text = BriefingTable.QUOTES.headers().indexOf("text");
        int speaker = BriefingTable.QUOTES.headers().indexOf("speaker");
        int source = BriefingTable.QUOTES.headers().indexOf("source_id");
        int confidence = BriefingTable.QUOTES.headers().indexOf("confidence");
        for (int i = 0; i < DANGEROUS.size(); i++) {
            List<String> row = csv.get(i + 1);
            assertThat(row.get(text)).as("csv text %d", i).isEqualTo("'" + DANGEROUS.get(i));
            assertThat(row.get(speaker)).isEqualTo("'@speaker" + i);
            assertThat(row.get(source)).isEqualTo("'=source.txt");
            // a number is a number: it is written as such, not neutralised as text
            assertThat(row.get(confidence)).isEqualTo("-0.5");
        }
        List<List<String>> sources = ReportWriterTest.parse(ReportWriterTest.csvText(target, BriefingTable.SOURCES));
        assertThat(sources.get(1)).startsWith("'=source.txt", "'=source.txt", "", "'-title");

        try (XSSFWorkbook wb = ReportWriterTest.open(target)) {
            Sheet sheet = wb.getSheet("Quotes");
            for (int i = 0; i < DANGEROUS.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(text);
                assertThat(cell.getCellType()).as("workbook text %d", i).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(DANGEROUS.get(i));
                assertThat(sheet.getRow(i + 1).getCell(speaker).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(formulaCells(wb)).isEmpty();
        }
    }

    @Test
    void theSummarySheetHoldsNoFormulaEither() throws Exception {
        Path target = reports.resolve("out");
        Map<BriefingTable, List<List<Object>>> none = new EnumMap<>(BriefingTable.class);

        new ReportWriter().write(target, new RunInfo("=run", "+now", Path.of("-seeds"), target),
                ReportWriterTest.summary(ReportWriterTest.AREAS), ReportWriterTest.rowsOf(none));

        try (XSSFWorkbook wb = ReportWriterTest.open(target)) {
            assertThat(formulaCells(wb)).isEmpty();
            List<String> texts = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
            assertThat(texts).contains("=run", "+now", "-seeds", "=1+1 is how she put it");
        }
    }

    @Test
    void overlongTextIsCutInTheWorkbookButKeptWholeInCsv() throws Exception {
        String huge = "word ".repeat(8_000) + "end";
        Map<BriefingTable, List<List<Object>>> tables = new EnumMap<>(BriefingTable.class);
        tables.put(BriefingTable.QUOTES, List.of(ReportWriterTest.quoteRow("Q1", "a.txt", "", huge, "", "", 0.1)));
        Path target = reports.resolve("out");

        new ReportWriter().write(target, ReportWriterTest.run(target), ReportWriterTest.summary(List.of()),
                ReportWriterTest.rowsOf(tables));

        int text = BriefingTable.QUOTES.headers().indexOf("text");
        assertThat(ReportWriterTest.parse(ReportWriterTest.csvText(target, BriefingTable.QUOTES)).get(1).get(text))
                .isEqualTo(huge);
        try (XSSFWorkbook wb = ReportWriterTest.open(target)) {
            String cell = wb.getSheet("Quotes").getRow(1).getCell(text).getStringCellValue();
            assertThat(cell).hasSize(32_767).endsWith("…");
            assertThat(huge).startsWith(cell.substring(0, 32_766));
        }
    }

    private static List<String> formulaCells(XSSFWorkbook wb) {
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas.add(sheet.getSheetName() + "!" + c.getAddress());
                    }
                }
            }
        }
        return formulas;
    }
}
