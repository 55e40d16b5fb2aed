package org.treatybriefing.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed links of {@link LinkedWorkbook} against the hyperlinks POI itself writes. */
class LinkedWorkbookTest {

    /** More rows than the streamed window holds, so most rows and their links are flushed. */
    private static final int ROWS = 1_000;

    @TempDir
    Path folder;

    @Test
    void aSheetWithStreamedLinksIsTheSheetPoisOwnHyperlinksMake() throws IOException {
        byte[] streamed = write(true);
        byte[] poi = write(false);

        assertThat(sheetXml(streamed, "xl/worksheets/sheet2.xml")).isEqualTo(sheetXml(poi, "xl/worksheets/sheet2.xml"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(streamed))) {
            List<XSSFHyperlink> links = wb.getSheet("Statements").getHyperlinkList();
            assertThat(links).hasSize(ROWS / 2);
            XSSFHyperlink first = wb.getSheet("Statements").getRow(1).getCell(1).getHyperlink();
            assertThat(first.getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(first.getAddress()).isEqualTo("'Articles'!A2");
            assertThat(wb.getSheet("Statements").getRow(2).getCell(1).getHyperlink()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "before the page margins | <worksheet><sheetData/><autoFilter ref=\"A1:B2\"/><pageMargins left=\"0.7\"/></worksheet>"
                    + " | <worksheet><sheetData/><autoFilter ref=\"A1:B2\"/><hyperlinks><hyperlink/></hyperlinks><pageMargins left=\"0.7\"/></worksheet>",
            "at the end of a sheet with nothing after them | <worksheet><sheetData/></worksheet>"
                    + " | <worksheet><sheetData/><hyperlinks><hyperlink/></hyperlinks></worksheet>",
            "among the sheet's own | <worksheet><sheetData/><hyperlinks><hyperlink ref=\"A1\"/></hyperlinks><pageMargins/></worksheet>"
                    + " | <worksheet><sheetData/><hyperlinks><hyperlink ref=\"A1\"/><hyperlink/></hyperlinks><pageMargins/></worksheet>",
            "before a drawing, not inside a header's drawing | <worksheet><sheetData/><drawingHF r:id=\"x\"/></worksheet>"
                    + " | <worksheet><sheetData/><hyperlinks><hyperlink/></hyperlinks><drawingHF r:id=\"x\"/></worksheet>",
    })
    void linksGoWhereTheSchemaPlacesThem(String where, String sheet, String expected) throws IOException {
        InputStream spliced = LinkedWorkbook.withHyperlinks(sheet,
                new ByteArrayInputStream("<hyperlink/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(new String(spliced.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    /** A sheet of articles and one of statements linking every other row to an article. */
    private static byte[] write(boolean streamedLinks) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        try (SXSSFWorkbook wb = streamedLinks ? new LinkedWorkbook(base, 100) : new SXSSFWorkbook(base, 100)) {
            SXSSFSheet articles = wb.createSheet("Articles");
            SXSSFSheet statements = wb.createSheet("Statements");
            for (int i = 0; i < ROWS; i++) {
                articles.createRow(i).createCell(0).setCellValue("article-" + i + ".txt");
                Row r = statements.createRow(i);
                r.createCell(0).setCellValue("statement " + i);
                Cell source = r.createCell(1);
                source.setCellValue("article-" + i + ".txt");
                if (i % 2 == 1) {
                    String location = "'Articles'!A" + (i + 1);
                    if (streamedLinks) {
                        ((LinkedWorkbook) wb).linksOf(statements).add(source.getAddress().formatAsString(), location);
                    } else {
                        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                        link.setAddress(location);
                        source.setHyperlink(link);
                    }
                }
            }
            statements.setAutoFilter(new CellRangeAddress(0, ROWS - 1, 0, 1));
            statements.getPrintSetup().setLandscape(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A part of the workbook, read through the zip's directory (its entries have data descriptors). */
    private String sheetXml(byte[] workbook, String part) throws IOException {
        Path file = Files.createTempFile(folder, "workbook", ".xlsx");
        Files.write(file, workbook);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            assertThat(entry).as(part).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
