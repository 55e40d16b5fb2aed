package org.treatybriefing.article;

/**
 * One article of the seed folder, read as text (from a text file, a web page, a PDF or a Word document).
 *
 * @param ordinal  position of the file in the folder's sorted listing (stable across reruns)
 * @param sourceId path relative to the seed folder, the key every extracted row refers to
 * @param file     the file's absolute path, where a briefer opens the original
 * @param encoding the charset the bytes were decoded with, null for a PDF or Word document
 * @param format   what the text was read from: {@code txt}, {@code html}, {@code pdf} or {@code docx}
 * @param text     the text read from the file, the text every offset of the briefing points into
 * @param outlet   the outlet that published it, where the file says (a web page's site name), else null
 */
public record Article(int ordinal, String sourceId, String file, String sha256, String title,
                      int words, String encoding, String format, String text, String outlet) {
}
