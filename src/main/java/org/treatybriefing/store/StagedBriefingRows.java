package org.treatybriefing.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.treatybriefing.merge.BriefingSink;
import org.treatybriefing.report.BriefingTable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The merged rows of a run, inserted as the merge makes them, a JDBC batch at a time: each
 * table's rows are numbered in the order they come. {@link #flush()} sends the last batch.
 */
final class StagedBriefingRows implements BriefingSink {

    /** Rows sent to the database per JDBC batch. */
    static final int BATCH = 500;
    static final String INSERT = "INSERT INTO tb_briefing_row (run_name, table_name, row_no, cells) VALUES (?, ?, ?, ?)";

    private final JdbcTemplate batches;
    private final JsonMapper json;
    private final String run;
    private final Map<BriefingTable, Integer> counts = new EnumMap<>(BriefingTable.class);
    private final List<Object[]> batch = new ArrayList<>(BATCH);

    StagedBriefingRows(JdbcTemplate batches, JsonMapper json, String run) {
        this.batches = batches;
        this.json = json;
        this.run = run;
    }

    @Override
    public void add(BriefingTable table, List<Object> row) {
        int rowNo = counts.merge(table, 1, Integer::sum) - 1;
        add(table.fileName(), rowNo, row);
    }

    /** A row of a table outside {@link BriefingTable} (the Summary's blocks). */
    void add(String tableName, int rowNo, Object cells) {
        batch.add(new Object[]{run, tableName, rowNo, json.writeValueAsString(cells)});
        if (batch.size() == BATCH) {
            flush();
        }
    }

    void flush() {
        if (!batch.isEmpty()) {
            batches.batchUpdate(INSERT, batch);
            batch.clear();
        }
    }

    /** Rows added over all tables. */
    int rows() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
