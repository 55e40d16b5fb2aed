package org.treatybriefing.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Summary sheet as a briefer reads it, on the hand-made Summary of {@link ReportWriterTest}:
 * every count in a column of its own, right-aligned, beside what it counts; statements with the
 * headlines of their stories; speakers with type and affiliation.
 */
class SummarySheetTest {

    @TempDir
    Path reports;

    private XSSFSheet summary(XSSFWorkbook wb) {
        return wb.getSheet("Summary");
    }

    private XSSFWorkbook write(Summary summary) throws IOException {
        Path target = reports.resolve("out");
        new ReportWriter().write(target, ReportWriterTest.run(target), summary,
                ReportWriterTest.rowsOf(ReportWriterTest.tables()));
        return new XSSFWorkbook(Files.newInputStream(target.resolve(ReportWriter.WORKBOOK)));
    }

    /** The first row whose label column holds {@code label}. */
    private static Row rowLabelled(XSSFSheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(SummarySheet.LABEL);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Articles read          | 2  | news articles read
            Articles rejected      | 1  | Rejected sheet
            Duration (years)       | 20 |
            Anna Kowalska          | 2  | is how she put it
            energy                 | 3  |
            """)
    void aCountStandsRightAlignedInItsOwnColumnAndItsExplanationBesideIt(String label, double count, String explained)
            throws IOException {
        try (XSSFWorkbook wb = write(ReportWriterTest.summary(ReportWriterTest.AREAS))) {
            Row r = rowLabelled(summary(wb), label);
            Cell number = r.getCell(SummarySheet.NUMBER);
            assertThat(number.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(number.getNumericCellValue()).isEqualTo(count);
            assertThat(number.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(number.getCellStyle().getDataFormatString()).as("a gap after the number").endsWith("_0");
            if (explained != null) {
                assertThat(r.getCell(SummarySheet.TEXT).getStringCellValue()).contains(explained);
            }
        }
    }

    @Test
    void theTreatysOwnArticlesAreNotTheNewsArticlesRead() throws IOException {
        Summary.TreatyCard card = new Summary.TreatyCard("the harbour accord", List.of(), "Castel Mar", 10, 47,
                List.of("Norland"), List.of());
        Summary s = new Summary(5, 0, List.of(card), List.of(), List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = write(s)) {
            Row inTreaty = rowLabelled(summary(wb), "Articles in the treaty");
            assertThat(inTreaty.getCell(SummarySheet.NUMBER).getNumericCellValue()).isEqualTo(47.0);
            assertThat(inTreaty.getCell(SummarySheet.TEXT).getStringCellValue()).contains("treaty's own text");
            assertThat(rowLabelled(summary(wb), "Articles read").getCell(SummarySheet.TEXT).getStringCellValue())
                    .contains("news articles");
            assertThat(summary(wb).getRowBreaks()).as("speakers and areas on a page of their own").hasSize(1);
        }
    }

    @Test
    void aSmallerAgreementShowsOnlyWhatTheArticlesSayOfIt() throws IOException {
        Summary.TreatyCard main = new Summary.TreatyCard("the harbour accord", List.of(), "", null, null,
                List.of("Norland"), List.of());
        Summary.TreatyCard smaller = new Summary.TreatyCard("2001 fisheries agreement", List.of(), "", null, null,
                List.of("Sudmark"), List.of());
        Summary s = new Summary(5, 0, List.of(main, smaller), List.of(), List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = write(s)) {
            List<String> labels = new java.util.ArrayList<>();
            for (Row r : summary(wb)) {
                Cell c = r.getCell(SummarySheet.LABEL);
                if (c != null && c.getCellType() == CellType.STRING) {
                    labels.add(c.getStringCellValue());
                }
            }
            int second = labels.lastIndexOf("Name");
            assertThat(labels.subList(labels.indexOf("Name"), second))
                    .as("the main agreement: every field, blank or not")
                    .containsExactly("Name", "Also called", "Signed at", "Duration (years)", "Articles in the treaty", "Parties");
            assertThat(labels.subList(second, second + 2)).as("the smaller one: its name and parties")
                    .containsExactly("Name", "Parties");
        }
    }

    @Test
    void aStatementShowsTheHeadlinesOfItsStoriesAndASpeakerTheirTypeAndAffiliation() throws IOException {
        try (XSSFWorkbook wb = write(ReportWriterTest.summary(ReportWriterTest.AREAS))) {
            Row statement = rowLabelled(summary(wb), "Anna Kowalska");
            assertThat(statement.getCell(SummarySheet.DETAIL).getStringCellValue())
                    .as("each story by its headline, then its outlet where known")
                    .isEqualTo("Treaty signed, at last\nPorts to open — Norland Times");
            Row speaker = summary(wb).getRow(rowAfter(summary(wb), "Speakers by number of quotes") + 1);
            assertThat(speaker.getCell(SummarySheet.LABEL).getStringCellValue()).isEqualTo("Anna Kowalska");
            assertThat(speaker.getCell(SummarySheet.TEXT).getStringCellValue()).isEqualTo("official");
            assertThat(speaker.getCell(SummarySheet.DETAIL).getStringCellValue()).isEqualTo("minister, Southland");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ports to open                                                    | Ports to open
            Northland and Southland sign the harbour accord after two years of talks in Castel Mar | Northland and Southland sign the harbour accord…
            """)
    void aLongHeadlineIsShortenedAtAWord(String title, String shown) {
        assertThat(SummarySheet.headline(title)).isEqualTo(shown);
    }

    /** The row of the header under the heading {@code heading}. */
    private static int rowAfter(XSSFSheet sheet, String heading) {
        return rowLabelled(sheet, heading).getRowNum() + 1;
    }
}
