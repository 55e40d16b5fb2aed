package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
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
 * compare cell for cell. The quotes are kept by cluster ({@link QuoteClusters}), not as rows.
 * <pre>{@code
 * Snapshot now = new Snapshot();
 * now.addCells(BriefingTable.SPEAKERS, List.of("Ann Vale", "Vale", "foreign minister", "", "official", 3, "a.txt", 1));
 * now.rows(BriefingTable.SPEAKERS).get(0).get("quotes");   // "3"
 * }</pre>
 */
public final class Snapshot {

    /**
     * One row: its cells by column name; a column the file lacks reads as "". The names are
     * shared by the rows of a table and the cells kept in an array: a map per row took most of
     * the comparison's heap (some 700 bytes a row, before its text).
     */
    public static final class Row {

        private final Columns columns;
        private final String[] values;

        private Row(Columns columns, String[] values) {
            this.columns = columns;
            this.values = values;
        }

        /** A row of named cells, in their order. */
        public Row(Map<String, String> cells) {
            this(Columns.of(List.copyOf(cells.keySet())), cells.values().toArray(new String[0]));
        }

        public String get(String column) {
            int i = columns.indexOf(column);
            if (i < 0 && columns.only()) {
                throw new IllegalArgumentException("the snapshot keeps only " + columns.names() + " of this table, not "
                        + column + ": add it to the columns its comparison reads");
            }
            return i >= 0 && i < values.length && values[i] != null ? values[i] : "";
        }

        /** The same row with one cell replaced. */
        public Row with(String column, String value) {
            Columns names = columns.indexOf(column) >= 0 ? columns : columns.plus(column);
            String[] copy = Arrays.copyOf(values, Math.max(values.length, names.names().size()));
            copy[names.indexOf(column)] = value;
            return new Row(names, copy);
        }

        /** A row of named cells, for tests: {@code Row.of("name", "Ann Vale", "type", "official")}. */
        public static Row of(String... namesAndValues) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                cells.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return new Row(cells);
        }

        /** The cells by column name, in column order. */
        public Map<String, String> cells() {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(values.length, columns.names().size()); i++) {
                if (values[i] != null) {
                    cells.put(columns.names().get(i), values[i]);
                }
            }
            return cells;
        }

        /** Rows are equal when their cells are (as maps: a column both lack is no difference). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Row r && cells().equals(r.cells());
        }

        @Override
        public int hashCode() {
            return cells().hashCode();
        }

        @Override
        public String toString() {
            return cells().toString();
        }
    }

    /**
     * The column names of a table's rows, each with its index; a name given twice is its last
     * column. {@code only}: the snapshot kept only these of the table's columns, and asking a row
     * for another is a mistake, not a column an older briefing lacks.
     */
    record Columns(List<String> names, Map<String, Integer> index, boolean only) {

        static Columns of(List<String> names) {
            return of(names, false);
        }

        private static Columns of(List<String> names, boolean only) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            return new Columns(List.copyOf(names), index, only);
        }

        int indexOf(String name) {
            return index.getOrDefault(name, -1);
        }

        Columns plus(String name) {
            List<String> more = new ArrayList<>(names);
            more.add(name);
            return of(more, only);
        }
    }

    private final Map<BriefingTable, List<Row>> tables = new EnumMap<>(BriefingTable.class);
    private final QuoteClusters quotes = new QuoteClusters();
    /** Of these tables, only these columns are kept. */
    private final Map<BriefingTable, List<String>> kept;
    private final Map<BriefingTable, Columns> columnsOfTable = new EnumMap<>(BriefingTable.class);
    /** Equal cells of many rows (ids, names, kinds) kept once. */
    private final Map<String, String> shared = new HashMap<>();

    /** Every column of every table. */
    public Snapshot() {
        this(Map.of());
    }

    /**
     * Of the tables in {@code kept}, only the columns given: a comparison that reads four of the
     * quotes' thirteen columns need not hold the others of a hundred thousand rows, twice.
     */
    public Snapshot(Map<BriefingTable, List<String>> kept) {
        this.kept = kept;
    }

    /** A table's rows; not the quotes, which are kept as statements ({@link #quoteClusters()}). */
    public List<Row> rows(BriefingTable table) {
        if (table == BriefingTable.QUOTES) {
            throw new IllegalArgumentException("a snapshot keeps the quotes by cluster, not as rows: read quoteClusters()");
        }
        return tables.getOrDefault(table, List.of());
    }

    /** The quotes, by cluster: the rows themselves are not kept (most of a briefing's rows are quotes). */
    QuoteClusters quoteClusters() {
        return quotes;
    }

    public Snapshot add(BriefingTable table, Row row) {
        if (table == BriefingTable.QUOTES) {
            quotes.add(row);
        } else {
            tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        }
        return this;
    }

    /** A row as the merge step stages it (typed cells in the table's column order), turned into text. */
    public Snapshot addCells(BriefingTable table, List<Object> cells) {
        Columns columns = columnsOfTable.computeIfAbsent(table, t -> kept.containsKey(t) ? Columns.of(kept.get(t), true)
                : Columns.of(t.headers()));
        String[] values = new String[columns.names().size()];
        for (int i = 0; i < values.length; i++) {
            int at = table.headers().indexOf(columns.names().get(i));
            Object v = at >= 0 && at < cells.size() ? cells.get(at) : "";
            // as CsvTableWriter writes it and PreviousBriefing reads it back, so the two sides read alike
            values[i] = share(v instanceof String s ? Texts.shown(SpreadsheetSafety.neutralise(s)) : CellText.of(v));
        }
        return add(table, new Row(columns, values));
    }

    /** A row of a CSV file with this header (its names as the file gives them), each cell as {@link Texts#shown}. */
    Snapshot addLine(BriefingTable table, Columns header, String[] cells) {
        if (kept.containsKey(table)) {
            Columns columns = columnsOfTable.computeIfAbsent(table, t -> Columns.of(kept.get(t), true));
            String[] values = new String[columns.names().size()];
            for (int i = 0; i < values.length; i++) {
                int at = header.indexOf(columns.names().get(i)); // a column an older briefing lacks reads as ""
                values[i] = share(at >= 0 && at < cells.length ? Texts.shown(cells[at]) : "");
            }
            return add(table, new Row(columns, values));
        }
        String[] values = new String[Math.min(header.names().size(), cells.length)];
        for (int i = 0; i < values.length; i++) {
            values[i] = share(Texts.shown(cells[i]));
        }
        return add(table, new Row(header, values));
    }

    private String share(String cell) {
        String known = shared.putIfAbsent(cell, cell);
        return known != null ? known : cell;
    }
}
