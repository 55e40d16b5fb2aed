package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds quotations in one pass over the text, in time linear in its length.
 * <ul>
 * <li>curly “ ” and guillemets « » pair by direction; a second opening mark before a close
 * means the first was stray, and the quote restarts;</li>
 * <li>straight " pair in order within a paragraph: an odd one out is skipped;</li>
 * <li>single ‘ ’ pair only where ‘ opens a word after a space and ’ closes before a non-letter,
 * so apostrophes (it’s, Chile’s) never open or close a quote;</li>
 * <li>straight single quotes are quotation marks only in a text that has no double ones;</li>
 * <li>a quote still open at a paragraph's end continues when the next paragraph opens with a
 * quote mark (the news convention for quotes over several paragraphs).</li>
 * </ul>
 */
public final class QuoteMarkScanner {

    /** Longer "quotes" are almost always a lost closing mark: drop them. */
    static final int MAX_QUOTE_CHARS = 3000;

    private static final Logger log = LoggerFactory.getLogger(QuoteMarkScanner.class);

    private QuoteMarkScanner() {
    }

    public static List<QuoteSpan> scan(String text) {
        if (!usesSingleQuotes(text)) {
            return scanMarks(text);
        }
        // 'British style': straight single quotes stand for quotation marks. Those that stand at a
        // word's edge become double marks in a copy of the same length; apostrophes inside words
        // stay. The spans found in the copy take their text from the article itself.
        char[] marked = text.toCharArray();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] == '\'' && atWordEdge(text, i)) {
                marked[i] = '"';
            }
        }
        List<QuoteSpan> quotes = new ArrayList<>();
        for (QuoteSpan q : scanMarks(new String(marked))) {
            quotes.add(q.continued() ? q : new QuoteSpan(q.open(), q.close(), text.substring(q.open() + 1, q.close()), false));
        }
        return quotes;
    }

    /** No double quotation marks at all, and a straight single quote opening a word. */
    static boolean usesSingleQuotes(String text) {
        boolean opensWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
                return false;
            }
            if (c == '\'' && !opensWord && looksOpening(text, i)) {
                opensWord = true;
            }
        }
        return opensWord;
    }

    /** At a word's edge, and not the apostrophe of a plural possessive ("the farmers' union"). */
    private static boolean atWordEdge(String text, int i) {
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean pluralPossessive = i > 0 && text.charAt(i - 1) == 's' && i + 2 < text.length()
                && text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2));
        return !(letterBefore && letterAfter) && !pluralPossessive;
    }

    private static List<QuoteSpan> scanMarks(String text) {
        List<QuoteSpan> quotes = new ArrayList<>();
        int n = text.length();
        int open = -1;
        char openMark = 0;
        StringBuilder carried = null; // text of earlier paragraphs of a quote that runs over
        int carriedOpen = -1;
        int paragraphStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && nextParagraphOpensWithQuote(text, i)) {
                    if (carried == null) {
                        carried = new StringBuilder();
                        carriedOpen = open;
                    }
                    appendPiece(carried, text.substring(open + 1, i));
                } else {
                    carried = null;
                }
                open = -1;
                paragraphStart = i + 1;
                continue;
            }
            if (open < 0) {
                if (opens(text, i, c)) {
                    open = i;
                    openMark = c;
                }
                continue;
            }
            if (c == '"' && openMark == '"' && looksOpening(text, i)) {
                // "A. "B." — a quote of several sentences whose next sentence reopens the marks
                // without closing them (a paragraph break lost), or a stray mark before: end the
                // first quote at a sentence end, then start again here.
                int before = lastNonSpace(text, i);
                if (before > open && ".?!".indexOf(text.charAt(before)) >= 0) {
                    String inner = text.substring(open + 1, before + 1);
                    if (carried == null && fits(inner, open)) {
                        quotes.add(new QuoteSpan(open, before + 1, inner, false));
                    }
                }
                carried = null;
                open = i;
                continue;
            }
            if (closes(text, i, c, openMark)) {
                if (i - open - 1 > 0) {
                    String inner = text.substring(open + 1, i);
                    if (carried != null) {
                        appendPiece(carried, inner);
                        String joined = carried.toString();
                        if (fits(joined, carriedOpen)) {
                            quotes.add(new QuoteSpan(carriedOpen, i, joined, true));
                        }
                        carried = null;
                    } else if (fits(inner, open)) {
                        quotes.add(new QuoteSpan(open, i, inner, false));
                    }
                }
                open = -1;
            } else if (c != '"' && c != '\'' && opens(text, i, c) && sameFamily(c, openMark)) {
                open = i; // stray earlier opening mark: restart here
                carried = null;
            }
        }
        return quotes;
    }

    /** Within the cap; a longer "quotation" is dropped, and the log says so. */
    private static boolean fits(String quoted, int offset) {
        if (quoted.length() <= MAX_QUOTE_CHARS) {
            return true;
        }
        log.info("a quotation of {} characters at offset {} is over the cap of {} (most likely a lost closing mark): dropped",
                quoted.length(), offset, MAX_QUOTE_CHARS);
        return false;
    }

    private static void appendPiece(StringBuilder carried, String piece) {
        if (carried.length() > 0) {
            carried.append(' ');
        }
        carried.append(piece.strip());
    }

    private static boolean nextParagraphOpensWithQuote(String text, int newline) {
        int j = newline + 1;
        while (j < text.length() && (text.charAt(j) == '\n' || text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < text.length() && "\"“«".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean opens(String text, int i, char c) {
        return switch (c) {
            case '“', '«' -> true;
            case '"' -> looksOpening(text, i);
            case '‘' -> (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            default -> false;
        };
    }

    /**
     * A straight mark opens when it stands before a word and after a space, a line start or an
     * opening bracket or dash; one glued to the end of a word closes.
     */
    static boolean looksOpening(String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-:/".indexOf(text.charAt(i - 1)) >= 0;
        boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                && ",.;:!?)".indexOf(text.charAt(i + 1)) < 0;
        return spaceBefore && wordAfter;
    }

    private static int lastNonSpace(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    private static boolean closes(String text, int i, char c, char openMark) {
        return switch (openMark) {
            case '“' -> c == '”' || (c == '"');
            case '«' -> c == '»';
            case '"' -> c == '”' || c == '"' && !looksOpening(text, i);
            case '‘' -> c == '’' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
            default -> false;
        };
    }

    private static boolean sameFamily(char c, char openMark) {
        return c == openMark;
    }
}
