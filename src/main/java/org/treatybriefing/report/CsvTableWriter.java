package org.treatybriefing.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * One table as a CSV file: UTF-8 with a byte order mark (so Excel reads it as UTF-8), the
 * schema's columns in order, RFC 4180 quoting by OpenCSV, CRLF line ends.
 */
final class CsvTableWriter implements AutoCloseable {

    private final CSVWriter csv;
    private final BriefingTable table;

    CsvTableWriter(Path folder, BriefingTable table) {
        this.table = table;
        try {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(folder.resolve(table.fileName() + ".csv")), StandardCharsets.UTF_8));
            out.write('\uFEFF');
            csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                    ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.RFC4180_LINE_END);
            csv.writeNext(table.headers().toArray(String[]::new), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(List<Object> row) {
        String[] cells = new String[table.columns().size()];
        for (int i = 0; i < cells.length; i++) {
            Object v = i < row.size() ? row.get(i) : "";
            cells[i] = v instanceof String s ? SpreadsheetSafety.neutralise(s) : CellText.of(v);
        }
        csv.writeNext(cells, false);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
