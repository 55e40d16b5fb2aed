package org.treatybriefing.article;

/**
 * Reads the article text of one kind of file: {@link PlainText} (and {@link HtmlText}, for a text
 * file that starts with markup), {@link PdfText}, {@link DocxText}. {@link Formats#of} chooses.
 * <pre>{@code
 * Formats.of("report.pdf", bytes).read(bytes)
 *     // ExtractedText[format=pdf, text="Ports to open\n\nAnn Vale said ...", title=null, encoding=null]
 * }</pre>
 */
interface ArticleFormat {

    /**
     * The article's text (paragraphs separated by a blank line, line ends {@code \n}), the
     * format's name for the Sources table, a title when the format has one, the encoding when
     * the bytes were decoded as text.
     *
     * @throws UnreadableFileException with the reason the Rejected table shows
     */
    ExtractedText read(byte[] bytes) throws UnreadableFileException;
}
