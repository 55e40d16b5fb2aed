package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.CellText;
import org.treatybriefing.report.SpreadsheetSafety;

/**
 * The rows of one briefing, table by table, every cell as text: this run's rows from the staging
 * tables and the previous briefing's from its CSV files, each cell read the same way (as the CSV
 * writer writes it, then without its guard against formulas, {@link Texts#shown}), so the two
 * compare cell for cell.
 * <pre>{@code
 * Snapshot now = new Snapshot();
 * now.addCells(BriefingTable.SPEAKERS, List.of("Ann Vale", "Vale", "foreign minister", "", "official", 3, "a.txt", 1));
 * now.rows(BriefingTable.SPEAKERS).get(0).get("quotes");   // "3"
 * }</pre>
 */
public final class Snapshot {

    /** One row: its cells by column name; a column the file lacks reads as "". */
    public record Row(Map<String, String> cells) {

        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The same row with one cell replaced. */
        public Row with(String column, String value) {
            Map<String, String> copy = new LinkedHashMap<>(cells);
            copy.put(column, value);
            return new Row(copy);
        }

        /** A row of named cells, for tests: {@code Row.of("name", "Ann Vale", "type", "official")}. */
        public static Row of(String... namesAndValues) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                cells.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return new Row(cells);
        }
    }

    private final Map<BriefingTable, List<Row>> tables = new EnumMap<>(BriefingTable.class);

    public List<Row> rows(BriefingTable table) {
        return tables.getOrDefault(table, List.of());
    }

    public Snapshot add(BriefingTable table, Row row) {
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        return this;
    }

    /** A row as the merge step stages it (typed cells in the table's column order), turned into text. */
    public Snapshot addCells(BriefingTable table, List<Object> cells) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> headers = table.headers();
        for (int i = 0; i < headers.size(); i++) {
            Object v = i < cells.size() ? cells.get(i) : "";
            // as CsvTableWriter writes it and PreviousBriefing reads it back, so the two sides read alike
            named.put(headers.get(i), v instanceof String s ? Texts.shown(SpreadsheetSafety.neutralise(s)) : CellText.of(v));
        }
        return add(table, new Row(named));
    }
}
