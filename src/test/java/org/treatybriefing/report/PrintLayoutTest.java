package org.treatybriefing.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the briefing prints, read back from the workbook ReportWriter writes for the hand-made
 * rows of {@link ReportWriterTest}: every sheet landscape and one page wide with a footer; the
 * data sheets repeat their header row and leave their technical columns off the page. That the
 * seeds' whole workbook prints on few pages is LibreOfficeConversionTest's part.
 */
class PrintLayoutTest {

    @TempDir
    Path reports;

    private Path workbook;

    @BeforeEach
    void write() {
        Path target = reports.resolve("out");
        new ReportWriter().write(target, ReportWriterTest.run(target), ReportWriterTest.summary(ReportWriterTest.AREAS),
                ReportWriterTest.rowsOf(ReportWriterTest.tables()));
        workbook = target.resolve(ReportWriter.WORKBOOK);
    }

    @ParameterizedTest
    @EnumSource(BriefingTable.class)
    void aDataSheetPrintsItsReadersColumnsOnLandscapePagesOneWideUnderItsHeaderRow(BriefingTable table) throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet(table.sheetName());
            assertPage(sheet);
            String area = wb.getPrintArea(wb.getSheetIndex(sheet));
            assertThat(area).as(table + " print area").isNotNull();
            AreaReference printed = new AreaReference(area.substring(area.indexOf('!') + 1), wb.getSpreadsheetVersion());
            List<Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                boolean inArea = c >= printed.getFirstCell().getCol() && c <= printed.getLastCell().getCol();
                boolean onPaper = inArea && !sheet.isColumnHidden(c);
                assertThat(onPaper).as(table + "." + columns.get(c).name() + " printed").isEqualTo(!columns.get(c).technical());
            }
            boolean empty = sheet.getLastRowNum() == 0;
            if (empty) {
                assertThat(printed.getFirstCell().getRow()).as(table + ": no rows, no page (the area is an empty row)")
                        .isEqualTo(1);
            } else {
                assertThat(new CellReference[]{printed.getFirstCell(), printed.getLastCell()})
                        .extracting(CellReference::getRow).as(table + " rows printed").containsExactly(0, sheet.getLastRowNum());
                assertThat(sheet.getRepeatingRows()).as(table + " header row on every page")
                        .isEqualTo(CellRangeAddress.valueOf("1:1"));
            }
        }
    }

    @Test
    void theTechnicalColumnsAreMarked() {
        assertThat(technical(BriefingTable.QUOTES)).containsExactly("quote_id", "char_start", "char_end", "confidence", "rule");
        assertThat(technical(BriefingTable.SOURCES)).as("file: the name source_id already gives, but for the folder")
                .containsExactly("file", "sha256", "encoding", "format");
        assertThat(technical(BriefingTable.PARTIES)).containsExactly("party_id");
        assertThat(technical(BriefingTable.SECTIONS)).containsExactly("section_id");
        assertThat(technical(BriefingTable.COMMITMENTS)).containsExactly("commitment_id");
    }

    @Test
    void theSummaryPrintsLandscapeOnePageWideWithTheFooter() throws IOException {
        try (XSSFWorkbook wb = open()) {
            assertPage(wb.getSheet("Summary"));
        }
    }

    @Test
    void theWorkbookHasItsDefaultNamedStyleNormalAsExcelWritesIt() throws IOException {
        String styles = entry("xl/styles.xml");
        assertThat(styles).as("readers such as openpyxl warn without it")
                .containsPattern("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        assertThat(styles.indexOf("<cellXfs")).as("schema order: cellXfs, then cellStyles")
                .isLessThan(styles.indexOf("<cellStyles"));
    }

    private static List<String> technical(BriefingTable table) {
        return table.columns().stream().filter(Column::technical).map(Column::name).toList();
    }

    private static void assertPage(XSSFSheet sheet) {
        String name = sheet.getSheetName();
        assertThat(sheet.getPrintSetup().getLandscape()).as(name + " landscape").isTrue();
        assertThat(sheet.getFitToPage()).as(name + " fit to page").isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).as(name + " one page wide").isEqualTo((short) 1);
        assertThat(sheet.getFooter().getCenter()).as(name + " footer: sheet name and page").contains("&A", "&P");
    }

    private XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(workbook));
    }

    private String entry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            ZipEntry e = zip.getEntry(name);
            assertThat(e).as(name + " in the workbook").isNotNull();
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
