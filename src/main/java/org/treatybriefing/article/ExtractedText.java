package org.treatybriefing.article;

/**
 * What an {@link ArticleFormat} read from a file.
 *
 * @param format   {@code txt}, {@code html}, {@code pdf} or {@code docx}, as the Sources table shows it
 * @param text     the article's text, the text every offset of the briefing points into
 * @param title    the headline the format gives (a page's {@code <h1>}), or null for the first line of the text
 * @param encoding the charset the bytes were decoded with, or null for a binary format
 * @param outlet   the outlet that published it, where the file itself declares one (a web page's
 *                 {@code og:site_name}), else null: never guessed from the text
 */
public record ExtractedText(String format, String text, String title, String encoding, String outlet) {

    /** Text of a format that declares no outlet (a text file, a PDF, a Word document). */
    public ExtractedText(String format, String text, String title, String encoding) {
        this(format, text, title, encoding, null);
    }
}
