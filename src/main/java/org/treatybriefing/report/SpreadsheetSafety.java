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
    public static String fitCell(String text) {
        int max = 32_767;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
