package org.treatybriefing.extract;

/**
 * A stretch of text between matching quote marks.
 *
 * @param open   offset of the opening mark
 * @param close  offset of the closing mark (the mark itself is at close)
 * @param text   the words inside, joined over paragraphs when the quote runs over several
 * @param continued true when the quote ran over a paragraph break
 */
public record QuoteSpan(int open, int close, String text, boolean continued) {

    public int textStart() {
        return open + 1;
    }

    public int textEnd() {
        return close;
    }
}
