package org.treatybriefing.report;

/**
 * Keeps article text from running as a formula when a briefer opens a CSV file in Excel or
 * LibreOffice (CSV injection). Following OWASP's guidance, a text cell that begins with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, which both programs
 * show as text. The workbook needs no prefix: its text cells are string cells, never evaluated.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** Excel cells hold at most 32,767 characters. */
    static final int MAX_CELL_CHARS = 32_767;
    /** How much of a too-long list the workbook shows before pointing to the CSV file. */
    private static final int SHOWN_LIST_CHARS = 2_000;

    /**
     * A text that fits an Excel cell. A list of ids too long for one ("a.txt; b.txt; ..." of
     * thousands of articles) becomes its count and first ids, the full list staying in the CSV:
     * "4,200 ids, the first: a.txt; b.txt; ... (all in the CSV file)". Other text is cut.
     */
    public static String fitCell(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        String[] items = text.split("; ");
        if (items.length > 1) {
            StringBuilder shown = new StringBuilder(String.format("%,d ids, the first: ", items.length));
            for (String item : items) {
                if (shown.length() + item.length() > SHOWN_LIST_CHARS) {
                    break;
                }
                shown.append(item).append("; ");
            }
            return shown.append("... (all in the CSV file)").toString();
        }
        return text.substring(0, MAX_CELL_CHARS - 1) + "…";
    }
}
