package org.treatybriefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.CellText;

/** Reads a briefing back for tests: CSV files with OpenCSV, sheets with POI. */
public final class BriefingFiles {

    private BriefingFiles() {
    }

    /** Rows of a CSV file, header first; the byte order mark is checked and dropped. */
    public static List<String[]> csv(Path folder, BriefingTable table) throws IOException {
        String content = Files.readString(folder.resolve(table.fileName() + ".csv"), StandardCharsets.UTF_8);
        if (!content.startsWith("\uFEFF")) {
            throw new AssertionError(table.fileName() + ".csv does not start with a UTF-8 byte order mark");
        }
        try (Reader r = new StringReader(content.substring(1)); CSVReader csv = new CSVReader(r)) {
            return csv.readAll();
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    /** CSV rows as maps from header to value, for readable assertions. */
    public static List<Map<String, String>> records(Path folder, BriefingTable table) throws IOException {
        List<String[]> rows = csv(folder, table);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < rows.get(0).length; c++) {
                m.put(rows.get(0)[c], c < rows.get(i).length ? rows.get(i)[c] : "");
            }
            out.add(m);
        }
        return out;
    }

    /** Each sheet's rows as text (numbers as CSV writes them). */
    public static Map<String, List<String[]>> sheets(Path workbook) throws IOException {
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<String[]> rows = new ArrayList<>();
                int width = sheet.getRow(0) == null ? 0 : sheet.getRow(0).getLastCellNum();
                for (Row row : sheet) {
                    String[] cells = new String[Math.max(width, row.getLastCellNum())];
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = text(row.getCell(c));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? CellText.of(cell.getNumericCellValue()) : cell.getStringCellValue();
    }
}
