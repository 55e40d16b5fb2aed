package org.treatybriefing.report;

import java.util.List;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints (briefings get printed, and converted to PDF): landscape, one page wide, the
 * header row on every page, a footer with the sheet's name and the page, and only the columns a
 * reader needs on paper. Technical columns (ids, offsets, hashes, rules) are left out of the
 * print area; one that sits between printed columns (the schema fixes the order) is folded away
 * as a collapsed column group, a click on its "+" shows it again. A table with no rows prints
 * no page.
 */
final class PrintLayout {

    /** Excel's footer codes: the sheet's name, the page, the number of pages. */
    static final String FOOTER = "&A, page &P of &N";
    private static final double SIDE_MARGIN_INCHES = 0.4;

    private PrintLayout() {
    }

    /** A sheet of the briefing's data: the table's header in row 1, {@code lastRow} the last row written (0-based). */
    static void table(Sheet sheet, BriefingTable table, int lastRow) {
        List<Column> columns = table.columns();
        int first = 0;
        while (first < columns.size() - 1 && columns.get(first).technical()) {
            first++;
        }
        int last = columns.size() - 1;
        while (last > first && columns.get(last).technical()) {
            last--;
        }
        for (int c = first; c <= last; c++) {
            if (columns.get(c).technical()) {
                int end = c;
                while (end + 1 <= last && columns.get(end + 1).technical()) {
                    end++;
                }
                sheet.groupColumn(c, end);
                sheet.setColumnGroupCollapsed(c, true);
                c = end;
            }
        }
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        if (lastRow < 1) {
            // no rows: the print area is the empty row under the header, a page a printer skips
            sheet.getWorkbook().setPrintArea(index, first, last, 1, 1);
        } else {
            sheet.getWorkbook().setPrintArea(index, first, last, 0, lastRow);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        }
        page(sheet);
    }

    /** Landscape, one page wide and as many pages long as it takes, narrow side margins, the footer. */
    static void page(Sheet sheet) {
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.getFooter().setCenter(FOOTER);
    }
}
