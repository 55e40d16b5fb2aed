package org.treatybriefing.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.poi.util.TempFile;

/**
 * A sheet's links to cells of the workbook, written to a temporary file as the rows are, as the
 * worksheet's {@code <hyperlink>} elements. POI keeps each hyperlink of a streamed sheet as XML
 * objects until the workbook is written (about 3 KB each: most of the writer's heap at 10,000
 * articles); these cost nothing in memory, and {@link LinkedWorkbook} puts them into the sheet.
 * <pre>{@code
 * links.add("C2", "'Sources'!A5");   // <hyperlink location="'Sources'!A5" ref="C2"/>
 * }</pre>
 */
final class SheetLinks implements Closeable {

    private final File file;
    private final Writer out;
    private int count;

    SheetLinks() {
        try {
            file = TempFile.createTempFile("treaty-briefing-links", ".xml");
            out = new BufferedWriter(Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link from the cell at {@code ref} ("C2") to {@code location} ("'Sources'!A5"). */
    void add(String ref, String location) {
        try {
            // as POI writes them, so the sheet is the one its own hyperlinks made
            out.write("<hyperlink location=\"");
            out.write(escaped(location));
            out.write("\" ref=\"");
            out.write(escaped(ref));
            out.write("\"/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    int count() {
        return count;
    }

    /** The {@code <hyperlink>} elements written, once every row is. */
    InputStream elements() throws IOException {
        out.flush();
        return Files.newInputStream(file.toPath());
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file.toPath());
    }

    private static String escaped(String attribute) {
        return attribute.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
