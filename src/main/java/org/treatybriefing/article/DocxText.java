package org.treatybriefing.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document ({@code docx}), read with Apache POI's XWPF: the paragraphs of its body in
 * order, a table cell by cell, content controls included; headers, footers, footnotes,
 * comments and deleted tracked changes left out. A Word 97-2003 {@code .doc} and a password-protected
 * document (both in the older OLE2 container) are rejected with the reason, and so is any other
 * Office file.
 * <pre>{@code
 * DocxText.INSTANCE.read(bytes)   // "Ports to open\n\nAnn Vale said ..." (format docx)
 * }</pre>
 */
final class DocxText implements ArticleFormat {

    static final DocxText INSTANCE = new DocxText();
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+]");

    private DocxText() {
    }

    @Override
    public ExtractedText read(byte[] bytes) throws UnreadableFileException {
        if (Formats.isOle2(bytes)) {
            throw new UnreadableFileException(whyNotReadable(bytes));
        }
        List<String> paragraphs = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                addText(element, paragraphs);
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a broken or foreign package with runtime exceptions (NotOfficeXmlFileException, POIXMLException)
            String other = otherZip(bytes);
            throw other != null ? new UnreadableFileException(other) : UnreadableFileException.because("not a readable Word document", e);
        }
        String text = String.join("\n\n", paragraphs);
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new UnreadableFileException("no text in the Word document");
        }
        return new ExtractedText("docx", text, null, null);
    }

    private static void addText(IBodyElement element, List<String> paragraphs) {
        if (element instanceof XWPFParagraph p) {
            addParagraph(withoutNotes(p), paragraphs);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(e -> addText(e, paragraphs));
                }
            }
        } else if (element instanceof XWPFSDT sdt) {
            addParagraph(sdt.getContent().getText(), paragraphs);
        }
    }

    /**
     * A paragraph's text without its footnotes and endnotes: POI marks a reference in the text
     * ("done.[footnoteRef:1] More") and appends the note's own text ("[1: A note.] ").
     */
    private static String withoutNotes(XWPFParagraph p) {
        String text = p.getText();
        String notes = p.getFootnoteText();
        if (!notes.isEmpty() && text.endsWith(notes)) {
            text = text.substring(0, text.length() - notes.length());
        }
        return NOTE_REFERENCE.matcher(text).replaceAll("");
    }

    /** A line break inside a paragraph stays a line; an empty paragraph (spacing) is not one. */
    private static void addParagraph(String text, List<String> paragraphs) {
        String p = text.replace('\r', '\n').replace('\u00A0', ' ').strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
    }

    /** What a ZIP file that is not a Word document holds, by its entries' names; null when it looks like one. */
    private static String otherZip(byte[] bytes) {
        if (!Formats.isZip(bytes)) {
            return null;
        }
        boolean office = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.startsWith("word/")) {
                    return null;
                }
                if (name.startsWith("xl/") || name.startsWith("ppt/")) {
                    return "Office file, not a Word document (" + (name.startsWith("xl/") ? "an Excel workbook" : "a presentation")
                            + "): not read";
                }
                office |= name.equals("[Content_Types].xml");
            }
        } catch (IOException | RuntimeException e) {
            return null; // a broken ZIP: POI's words on it say more
        }
        return office ? null : "binary file, not text (a ZIP archive, not a Word document)";
    }

    /** Why an OLE2 file is not read: what its entries say it is. */
    private static String whyNotReadable(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "password-protected Office document: it cannot be opened without its password";
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return "Word 97-2003 document (.doc), not read: save it as .docx or PDF";
            }
            return "binary file, not text (an Office 97-2003 file, not a Word document)";
        } catch (IOException | RuntimeException e) {
            return UnreadableFileException.because("corrupt Office 97-2003 file", e).getMessage();
        }
    }
}
