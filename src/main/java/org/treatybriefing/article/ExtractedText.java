package org.treatybriefing.article;

/**
 * What an {@link ArticleFormat} read from a file.
 *
 * @param format   {@code txt}, {@code html}, {@code pdf} or {@code docx}, as the Sources table shows it
 * @param text     the article's text, the text every offset of the briefing points into
 * @param title    the headline the format gives (a page's {@code <h1>}), or null for the first line of the text
 * @param encoding the charset the bytes were decoded with, or null for a binary format
 */
public record ExtractedText(String format, String text, String title, String encoding) {
}
