package org.treatybriefing.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streamed workbook whose sheets' links stream too ({@link SheetLinks}): when the workbook is
 * written, each sheet's {@code <hyperlinks>} element is read from its temporary file into the
 * sheet's XML, where the schema places it, as POI reads the streamed rows into {@code <sheetData>}.
 * <pre>{@code
 * LinkedWorkbook wb = new LinkedWorkbook(base, 200);
 * wb.linksOf(sheet).add("C2", "'Sources'!A5");
 * wb.write(out);
 * }</pre>
 */
final class LinkedWorkbook extends SXSSFWorkbook {

    /**
     * The elements that follow {@code <hyperlinks>} in a worksheet (ECMA-376 CT_Worksheet); the
     * links go before the first of them the sheet has, else at its end.
     */
    private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects",
            "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");

    private final Map<String, SheetLinks> links = new HashMap<>();

    LinkedWorkbook(XSSFWorkbook base, int rowWindow) {
        super(base, rowWindow);
    }

    /** The links of {@code sheet}, empty until some are added. */
    SheetLinks linksOf(SXSSFSheet sheet) {
        return links.computeIfAbsent(sheet.getSheetName(), name -> new SheetLinks());
    }

    @Override
    protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
        super.injectData(new WithLinks(zipEntrySource), out);
    }

    @Override
    public void close() throws IOException {
        try {
            for (SheetLinks l : links.values()) {
                l.close();
            }
        } finally {
            super.close();
        }
    }

    /** {@code sheetXml} with {@code hyperlinks} (the elements) in their place. */
    static InputStream withHyperlinks(String sheetXml, InputStream hyperlinks) {
        int existing = sheetXml.indexOf("</hyperlinks>");
        int at = existing >= 0 ? existing : insertionPoint(sheetXml);
        String head = sheetXml.substring(0, at) + (existing >= 0 ? "" : "<hyperlinks>");
        String tail = (existing >= 0 ? "" : "</hyperlinks>") + sheetXml.substring(at);
        return new SequenceInputStream(new SequenceInputStream(bytes(head), hyperlinks), bytes(tail));
    }

    private static int insertionPoint(String sheetXml) {
        int from = Math.max(0, sheetXml.indexOf("<sheetData"));
        int at = -1;
        for (String element : AFTER_HYPERLINKS) {
            int i = indexOfElement(sheetXml, element, from);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("a worksheet without its end tag: " + sheetXml);
        }
        return at;
    }

    /** {@code <drawing} but not {@code <drawingHF}: the tag followed by a space, {@code /} or {@code >}. */
    private static int indexOfElement(String xml, String tag, int from) {
        for (int i = xml.indexOf(tag, from); i >= 0; i = xml.indexOf(tag, i + 1)) {
            int end = i + tag.length();
            if (tag.endsWith(">") || end < xml.length() && " />".indexOf(xml.charAt(end)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts POI wrote, each linked sheet's XML with its links. */
    private final class WithLinks implements ZipEntrySource {

        private final ZipEntrySource parts;

        WithLinks(ZipEntrySource parts) {
            this.parts = parts;
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return parts.getEntries();
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return parts.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
            SheetLinks sheetLinks = sheet == null ? null : links.get(sheet.getSheetName());
            if (sheetLinks == null || sheetLinks.count() == 0) {
                return parts.getInputStream(entry);
            }
            String xml; // the sheet without its rows: a few kilobytes
            try (InputStream in = parts.getInputStream(entry)) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return withHyperlinks(xml, sheetLinks.elements());
        }

        @Override
        public void close() throws IOException {
            parts.close();
        }

        @Override
        public boolean isClosed() {
            return parts.isClosed();
        }
    }
}
