package org.treatybriefing.report;

/**
 * How many lines a wrapped cell takes, word-wrapped at a column width (in characters), so a
 * row can be given its height: spreadsheet programs keep a streamed row at one line whatever
 * it holds, and a printed page would show wrapped text running over the rows below. For
 * example "We will open the northern channel by spring" in a column 16 wide takes 3 lines.
 */
final class WrappedLines {

    /** Points per line of the default 11 pt font, as Excel spaces them. */
    static final float LINE_POINTS = 15f;
    private static final double LETTERS_PER_WIDTH = 1.15;

    private WrappedLines() {
    }

    static int of(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // a width counts digits; text runs narrower (about 1.2 letters a digit in Calibri and its
        // LibreOffice twin, Carlito): 1.15 keeps a margin for wide letters
        int usable = Math.max(1, (int) (width * LETTERS_PER_WIDTH) - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraph(paragraph, usable);
        }
        return lines;
    }

    private static int paragraph(String text, int usable) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > usable) {
                lines++;
                used = 0;
            }
            if (used == 0 && length > usable) {
                lines += (length - 1) / usable; // a word longer than the line breaks inside it
                used = length - (length - 1) / usable * usable;
            } else {
                used += (used == 0 ? 0 : 1) + length;
            }
        }
        return lines;
    }
}
