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
            if (!backquotes && !apostrophes || i > 0 && text.charAt(i - 1) == c[i]) {
                continue;
            }
            int run = runLength(text, i);
            if (run == 3 && apostrophes) {
                i += nestedSingleMark(c, i);
                continue;
            }
            if (run > 2) {
                i += run - 1; // a row of marks that is no quotation: leave it alone
                continue;
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

    /**
     * Three apostrophes are a single mark beside the double one: {@code ''We were told, 'it is
     * special,''' he said} closes the inner quotation, then the outer one; {@code '''Go,' they
     * said''} opens both. The single mark stays where it is in the text.
     * @return how many more characters the run covers
     */
    private static int nestedSingleMark(char[] c, int i) {
        if (opensAt(c, i)) {
            c[i] = ' ';
            c[i + 1] = '"';
        } else {
            c[i + 1] = '"';
            c[i + 2] = ' ';
        }
        return 2;
    }

    private static int runLength(String text, int i) {
        int end = i;
        while (end < text.length() && text.charAt(end) == text.charAt(i)) {
            end++;
        }
        return end - i;
    }

    /** Opening: at a line start or after a space, bracket or dash, and before a word. */
    private static boolean opensAt(char[] c, int i) {
        boolean boundaryBefore = i == 0 || Character.isWhitespace(c[i - 1]) || "([{—–-/".indexOf(c[i - 1]) >= 0;
        boolean wordAfter = i + 2 < c.length && !Character.isWhitespace(c[i + 2]);
        return boundaryBefore && wordAfter;
    }
}
