package org.treatybriefing.extract;

/**
 * Newswire text (and text converted from TeX or old typewriter conventions) writes a double
 * quotation mark as two apostrophes, {@code ''Yes,'' she said}, sometimes opened with two
 * backquotes. This rewrites each such pair to a straight double mark and a space, keeping the
 * text's length so that every offset still points into the article:
 * the pair in {@code ''Yes,'' she said} becomes a space and {@code "} when it opens, {@code "} and a
 * space when it closes: {@code  "Yes,"  she said}.
 */
final class NewswireQuotes {

    private NewswireQuotes() {
    }

    static String normalize(String text) {
        if (text.indexOf("''") < 0 && text.indexOf("``") < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            boolean backquotes = c[i] == '`' && c[i + 1] == '`';
            boolean apostrophes = c[i] == '\'' && c[i + 1] == '\'';
            boolean longerRun = i + 2 < c.length && text.charAt(i + 2) == c[i] || i > 0 && text.charAt(i - 1) == c[i];
            if (!backquotes && !apostrophes || longerRun) {
                continue; // not a pair, or three marks in a row: leave them alone
            }
            boolean opening = backquotes || opensAt(c, i);
            if (opening) {
                c[i] = ' ';
                c[i + 1] = '"';
            } else {
                c[i] = '"';
                c[i + 1] = ' ';
            }
            i++;
        }
        return new String(c);
    }

    /** Opening: at a line start or after a space, bracket or dash, and before a word. */
    private static boolean opensAt(char[] c, int i) {
        boolean boundaryBefore = i == 0 || Character.isWhitespace(c[i - 1]) || "([{—–-/".indexOf(c[i - 1]) >= 0;
        boolean wordAfter = i + 2 < c.length && !Character.isWhitespace(c[i + 2]);
        return boundaryBefore && wordAfter;
    }
}
