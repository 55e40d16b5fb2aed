package org.treatybriefing.report;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table as a streamed (SXSSF) sheet: bold frozen header, typed cells, text wrapped at a
 * width per kind of column (each row as high as its longest cell), source ids linked to their row
 * in Sources, widths from the content seen, an autofilter, a print layout. A table longer than a
 * sheet can hold (Excel's 1,048,576 rows) continues on "Quotes (2)", ...
 */
final class StreamedSheet {

    /**
     * Rows of a sheet whose source ids are linked; the ids of later rows stay readable. (The links
     * stream, {@link SheetLinks}, so the bound no longer saves memory; it keeps the workbook as it was.)
     */
    static final int LINKED_ROWS = 50_000;
    /**
     * Links a sheet holds: Excel opens a worksheet of at most 65,530 hyperlinks. Quotes link two
     * cells a row (the article, the first corroborating one), so a sheet reaches this before
     * {@link #LINKED_ROWS}; later cells stay readable, unlinked.
     */
    static final int MAX_LINKS = 65_530;
    /** Widest a column of short text grows before its text wraps (names, titles, lists of names). */
    private static final int TEXT_WIDTH = 32;
    /** Widest a column of long text grows (a quote, a commitment): wider would print too small. */
    private static final int LONG_TEXT_WIDTH = 70;
    private static final int NUMBER_WIDTH = 60;

    /** Rows an Excel sheet holds, header included. */
    static final int EXCEL_ROWS = 1_048_576;

    private final LinkedWorkbook wb;
    private final int maxRows;
    private SXSSFSheet sheet;
    private int sheets;
    private int written;
    private final BriefingTable table;
    private final WorkbookStyles styles;
    private final Map<String, Integer> sourceRows;
    private final int[] widths;
    private final int sourceWidth;
    private int row;

    /**
     * @param sourceWidth width of a column of source ids: one id per line (the longest id of the
     *                    Sources table, which is written first)
     * @param maxRows     rows a sheet holds, header included
     */
    StreamedSheet(LinkedWorkbook wb, BriefingTable table, WorkbookStyles styles, Map<String, Integer> sourceRows,
                  int sourceWidth, int maxRows) {
        this.wb = wb;
        this.maxRows = maxRows;
        this.table = table;
        this.styles = styles;
        this.sourceRows = sourceRows;
        this.sourceWidth = sourceWidth;
        this.widths = new int[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns().get(i).name().length() + 3;
        }
        nextSheet();
    }

    /** "Quotes", then "Quotes (2)", ...: each with the bold frozen header. */
    private void nextSheet() {
        if (sheet != null) {
            finishSheet();
        }
        sheets++;
        sheet = wb.createSheet(sheets == 1 ? table.sheetName() : table.sheetName() + " (" + sheets + ")");
        row = 0;
        Row header = sheet.createRow(row++);
        for (int i = 0; i < widths.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(table.columns().get(i).name());
            c.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    void write(List<Object> values) {
        if (row >= maxRows) {
            nextSheet();
        }
        written++;
        Row r = sheet.createRow(row++);
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            Column col = table.columns().get(i);
            Object v = i < values.size() ? values.get(i) : "";
            Cell c = r.createCell(i);
            switch (col.kind()) {
                case NUMBER, DECIMAL -> {
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                        c.setCellStyle(col.kind() == Column.Kind.NUMBER ? styles.number : styles.decimal);
                    } else {
                        c.setCellValue(CellText.of(v));
                        c.setCellStyle(styles.text);
                    }
                }
                case LONG_TEXT, TEXT -> {
                    c.setCellValue(SpreadsheetSafety.fitCell(CellText.of(v)));
                    c.setCellStyle(styles.wrapped);
                }
                case SOURCE -> source(c, CellText.of(v));
            }
            String text = CellText.of(v);
            int widest = Math.max(widestOf(col), col.name().length() + 3);
            widths[i] = Math.max(widths[i], Math.min(text.length() + 2, widest));
            if (col.kind() != Column.Kind.NUMBER && col.kind() != Column.Kind.DECIMAL && text.length() + 2 > widest) {
                // the column will be exactly this wide: the text wraps at it
                lines = Math.max(lines, WrappedLines.of(text, widest));
            }
        }
        if (lines > 1) {
            r.setHeightInPoints(lines * WrappedLines.LINE_POINTS);
        }
    }

    private int widestOf(Column col) {
        return switch (col.kind()) {
            case LONG_TEXT -> LONG_TEXT_WIDTH;
            case TEXT -> TEXT_WIDTH;
            case SOURCE -> sourceWidth;
            case NUMBER, DECIMAL -> NUMBER_WIDTH;
        };
    }

    private void source(Cell c, String ids) {
        c.setCellValue(SpreadsheetSafety.fitCell(ids));
        String first = ids.split(";", 2)[0].trim();
        Integer target = sourceRows.get(first);
        if (target != null && sheets == 1 && row <= LINKED_ROWS && table != BriefingTable.SOURCES
                && wb.linksOf(sheet).count() < MAX_LINKS) {
            wb.linksOf(sheet).add(c.getAddress().formatAsString(), "'" + BriefingTable.SOURCES.sheetName() + "'!A" + (target + 1));
            c.setCellStyle(styles.link);
        } else {
            c.setCellStyle(styles.wrapped);
        }
    }

    /** Widths and the autofilter, once every row is written. */
    void finish() {
        finishSheet();
    }

    private void finishSheet() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row - 1), 0, widths.length - 1));
        PrintLayout.table(sheet, table, row - 1);
    }

    /** Rows written over all sheets of the table. */
    int rowsWritten() {
        return written;
    }

    /** Sheets the table took: more than one past Excel's row limit. */
    int sheetCount() {
        return sheets;
    }

    /** The row of the first sheet the last written row stands in, or -1 once the table went on. */
    int lastRowOnFirstSheet() {
        return sheets == 1 ? row - 1 : -1;
    }
}
