package org.treatybriefing.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Scanner;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How many links a streamed sheet holds: Excel opens no worksheet of more than 65,530 hyperlinks. */
class StreamedSheetLinksTest {

    /** Quote rows with two linked cells each: 66,000 links if every one were made. */
    private static final int QUOTES = 33_000;

    @TempDir
    Path folder;

    @Test
    void aQuotesSheetLinksTwoCellsARowUpToExcelsLimitAndNoMore() throws IOException {
        Path workbook = folder.resolve("quotes.xlsx");
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(base);
        try (LinkedWorkbook wb = new LinkedWorkbook(base, 100)) {
            StreamedSheet quotes = new StreamedSheet(wb, BriefingTable.QUOTES, styles,
                    Map.of("harbour-1.txt", 1, "harbour-2.txt", 2), 20, StreamedSheet.EXCEL_ROWS);
            for (int i = 1; i <= QUOTES; i++) {
                quotes.write(quoteRow(i));
            }
            quotes.finish();
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }

        String sheet = sheetXml(workbook, "xl/worksheets/sheet1.xml");
        assertThat(occurrences(sheet, "<hyperlink ")).isEqualTo(StreamedSheet.MAX_LINKS);
        assertThat(StreamedSheet.MAX_LINKS).isLessThanOrEqualTo(65_530);
        // the last link is the article of row 32,766 (two a row from row 2): its corroborating cell stays unlinked
        int lastRow = StreamedSheet.MAX_LINKS / 2 + 1;
        assertThat(sheet).contains("ref=\"B" + lastRow + "\"/>").contains("ref=\"K" + lastRow + "\"/>")
                .doesNotContain("ref=\"B" + (lastRow + 1) + "\"/>");
    }

    /** A quote of Ann Vale's in harbour-1.txt, corroborated by harbour-2.txt. */
    private static List<Object> quoteRow(int i) {
        List<Object> row = new ArrayList<>(List.of(String.format("Q%05d", i), "harbour-1.txt", "Ann Vale", "minister",
                "official", "direct", "The harbour accord opens the ports.", 10, 45, "C00001", "harbour-2.txt", 0.9, "said"));
        return row;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String sheetXml(Path workbook, String part) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile());
             InputStream in = zip.getInputStream(zip.getEntry(part));
             Scanner all = new Scanner(in, StandardCharsets.UTF_8)) {
            return all.useDelimiter("\\A").next();
        }
    }
}
