package org.treatybriefing.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Chooses the {@link ArticleFormat} of a file by its first bytes, so the same bytes always give
 * the same text whatever the file is called. The name only decides for a file too broken to have
 * the bytes of its kind, and so only sharpens the reason it is rejected: {@code notes.pdf}
 * without a PDF header is a "corrupt PDF", not "binary".
 * <pre>{@code
 * Formats.of("story.txt", "%PDF-1.7 ...")    // PdfText: a PDF, whatever its name
 * Formats.of("story.docx", "PK\3\4 ...")     // DocxText
 * Formats.of("story.txt", "<!DOCTYPE html>") // PlainText, which hands the page to HtmlText
 * }</pre>
 */
final class Formats {

    private static final String PDF = "%PDF-";
    private static final String ZIP = "PK\u0003\u0004";
    /** The container of Office 97-2003 files and of password-protected Office files of any age. */
    private static final String OLE2 = "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1";

    private Formats() {
    }

    static ArticleFormat of(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, PDF) || name.endsWith(".pdf")) {
            return PdfText.INSTANCE;
        }
        if (isZip(bytes) || isOle2(bytes) || name.endsWith(".docx") || name.endsWith(".doc")) {
            return DocxText.INSTANCE;
        }
        return PlainText.INSTANCE;
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP);
    }

    static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, OLE2);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        return java.util.Arrays.equals(bytes, 0, Math.min(bytes.length, m.length), m, 0, m.length);
    }
}
