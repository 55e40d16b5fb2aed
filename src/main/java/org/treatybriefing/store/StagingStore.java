package org.treatybriefing.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.treatybriefing.article.Article;
import org.treatybriefing.article.Rejection;
import org.treatybriefing.extract.Extraction;
import org.treatybriefing.merge.ArticleFacts;
import org.treatybriefing.merge.Briefing;
import org.treatybriefing.merge.SourceRecord;
import org.treatybriefing.merge.Summary;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.SinceLastBriefing;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staging tables that carry a run's rows from step to step (DDL in db/staging-schema.sql,
 * db/staging-schema-postgresql.sql for the {@code postgres} profile). Every write is an upsert or a
 * delete-then-insert keyed by the run, so a restarted step that writes again leaves the same rows.
 * The SQL is standard (the upserts are SQL:2008 {@code MERGE ... USING (VALUES ...)}), so it runs
 * on H2 2.x and on PostgreSQL 15 or later alike.
 */
@Repository
public class StagingStore {

    private static final String SUMMARY = "summary";
    /** The Summary's block of what changed since the previous briefing. */
    private static final String SINCE = "since";
    private static final TypeReference<List<Object>> CELLS = new TypeReference<>() {
    };

    /** Rows of the merged briefing sent to the database per JDBC batch. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json = JsonMapper.builder().build();

    public StagingStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public void saveArticle(String run, Article a) {
        jdbc.sql("MERGE INTO tb_run_file t USING (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"
                        + " AS s (run_name, ordinal, source_id, file_name, sha256, shard, title, words, encoding, file_format, body)"
                        + " ON t.run_name = s.run_name AND t.ordinal = s.ordinal"
                        + " WHEN MATCHED THEN UPDATE SET source_id = s.source_id, file_name = s.file_name, sha256 = s.sha256,"
                        + " shard = s.shard, title = s.title, words = s.words, encoding = s.encoding,"
                        + " file_format = s.file_format, status = 'ok', reason = NULL, body = s.body"
                        + " WHEN NOT MATCHED THEN INSERT (run_name, ordinal, source_id, file_name, sha256, shard, title, words,"
                        + " encoding, file_format, status, reason, body) VALUES (s.run_name, s.ordinal, s.source_id,"
                        + " s.file_name, s.sha256, s.shard, s.title, s.words, s.encoding, s.file_format, 'ok', NULL, s.body)")
                .params(run, a.ordinal(), a.sourceId(), a.file(), a.sha256(), shard(a.sha256()), a.title(), a.words(),
                        a.encoding(), a.format(), a.text())
                .update();
    }

    public void saveRejection(String run, Rejection r) {
        jdbc.sql("MERGE INTO tb_run_file t USING (VALUES (?, ?, ?, ?, ?))"
                        + " AS s (run_name, ordinal, source_id, file_name, reason)"
                        + " ON t.run_name = s.run_name AND t.ordinal = s.ordinal"
                        + " WHEN MATCHED THEN UPDATE SET source_id = s.source_id, file_name = s.file_name, sha256 = NULL,"
                        + " title = NULL, words = 0, encoding = NULL, file_format = NULL, status = 'rejected', reason = s.reason,"
                        + " body = NULL"
                        + " WHEN NOT MATCHED THEN INSERT (run_name, ordinal, source_id, file_name, status, reason, words)"
                        + " VALUES (s.run_name, s.ordinal, s.source_id, s.file_name, 'rejected', s.reason, 0)")
                .params(run, r.ordinal(), r.file(), fileName(r.file()), r.reason())
                .update();
    }

    /** An article the extractor failed on becomes a rejection, with the reason. */
    public void rejectAfterExtraction(String run, int ordinal, String reason) {
        jdbc.sql("UPDATE tb_run_file SET status = 'rejected', reason = ? WHERE run_name = ? AND ordinal = ?")
                .params(reason, run, ordinal)
                .update();
    }

    /** Whether an extraction of this content by this extractor is stored (it is not read). */
    public boolean hasExtraction(String sha256, String extractorKey) {
        return jdbc.sql("SELECT COUNT(*) FROM tb_extraction WHERE sha256 = ? AND extractor_key = ?")
                .params(sha256, extractorKey)
                .query(Integer.class).single() > 0;
    }

    public void saveExtraction(String sha256, String extractorKey, Extraction e) {
        jdbc.sql("MERGE INTO tb_extraction t USING (VALUES (?, ?, ?)) AS s (sha256, extractor_key, body)"
                        + " ON t.sha256 = s.sha256 AND t.extractor_key = s.extractor_key"
                        + " WHEN MATCHED THEN UPDATE SET body = s.body"
                        + " WHEN NOT MATCHED THEN INSERT (sha256, extractor_key, body) VALUES (s.sha256, s.extractor_key, s.body)")
                .params(sha256, extractorKey, json.writeValueAsString(e))
                .update();
    }

    public List<SourceRecord> sources(String run) {
        return jdbc.sql("SELECT source_id, file_name, sha256, title, words, status, encoding, reason, file_format"
                        + " FROM tb_run_file WHERE run_name = ? ORDER BY source_id")
                .param(run)
                .query((rs, n) -> new SourceRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** The extraction of every article of the run, by source id. */
    public List<ArticleFacts> facts(String run, String extractorKey) {
        return jdbc.sql("SELECT f.source_id, e.body FROM tb_run_file f JOIN tb_extraction e"
                        + " ON e.sha256 = f.sha256 AND e.extractor_key = ?"
                        + " WHERE f.run_name = ? AND f.status = 'ok' ORDER BY f.source_id")
                .params(extractorKey, run)
                .query((rs, n) -> new ArticleFacts(rs.getString(1), json.readValue(rs.getString(2), Extraction.class)))
                .list();
    }

    public int articlesWithoutExtraction(String run, String extractorKey) {
        return jdbc.sql("SELECT COUNT(*) FROM tb_run_file f WHERE f.run_name = ? AND f.status = 'ok' AND NOT EXISTS"
                        + " (SELECT 1 FROM tb_extraction e WHERE e.sha256 = f.sha256 AND e.extractor_key = ?)")
                .params(run, extractorKey)
                .query(Integer.class).single();
    }

    @Transactional
    public void saveBriefing(String run, Briefing briefing) {
        jdbc.sql("DELETE FROM tb_briefing_row WHERE run_name = ?").param(run).update();
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (BriefingTable table : BriefingTable.values()) {
            List<List<Object>> rows = briefing.rows(table);
            for (int i = 0; i < rows.size(); i++) {
                batch.add(new Object[]{run, table.fileName(), i, json.writeValueAsString(rows.get(i))});
                if (batch.size() == BATCH) {
                    insertRows(batch);
                }
            }
        }
        batch.add(new Object[]{run, SUMMARY, 0, json.writeValueAsString(briefing.summary())});
        insertRows(batch);
    }

    private void insertRows(List<Object[]> batch) {
        batches.batchUpdate("INSERT INTO tb_briefing_row (run_name, table_name, row_no, cells) VALUES (?, ?, ?, ?)", batch);
        batch.clear();
    }

    public Summary summary(String run) {
        return jdbc.sql("SELECT cells FROM tb_briefing_row WHERE run_name = ? AND table_name = ? AND row_no = 0")
                .params(run, SUMMARY)
                .query(String.class).optional()
                .map(s -> json.readValue(s, Summary.class))
                .orElseThrow(() -> new IllegalStateException("run " + run + " has no merged briefing"));
    }

    /**
     * The Changes table's rows and the Summary's "Since ..." block of a run, replacing any a
     * failed attempt of the step staged.
     */
    @Transactional
    public void saveChanges(String run, List<List<Object>> rows, SinceLastBriefing since) {
        jdbc.sql("DELETE FROM tb_briefing_row WHERE run_name = ? AND table_name IN (?, ?)")
                .params(run, BriefingTable.CHANGES.fileName(), SINCE).update();
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < rows.size(); i++) {
            batch.add(new Object[]{run, BriefingTable.CHANGES.fileName(), i, json.writeValueAsString(rows.get(i))});
            if (batch.size() == BATCH) {
                insertRows(batch);
            }
        }
        batch.add(new Object[]{run, SINCE, 0, json.writeValueAsString(since)});
        insertRows(batch);
    }

    /** The Summary's "Since ..." block; empty for a run merged before the comparison existed. */
    public Optional<SinceLastBriefing> since(String run) {
        return jdbc.sql("SELECT cells FROM tb_briefing_row WHERE run_name = ? AND table_name = ? AND row_no = 0")
                .params(run, SINCE)
                .query(String.class).optional()
                .map(s -> json.readValue(s, SinceLastBriefing.class));
    }

    /** Streams a table's rows in order (the JDBC cursor reads them as they are written out). */
    public void forEachRow(String run, BriefingTable table, Consumer<List<Object>> consumer) {
        jdbc.sql("SELECT cells FROM tb_briefing_row WHERE run_name = ? AND table_name = ? ORDER BY row_no")
                .params(run, table.fileName())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        consumer.accept(json.readValue(rs.getString(1), CELLS)));
    }

    /** The runs that have rows in the staging tables. */
    public Set<String> stagedRuns() {
        Set<String> runs = new TreeSet<>(jdbc.sql("SELECT DISTINCT run_name FROM tb_run_file").query(String.class).list());
        runs.addAll(jdbc.sql("SELECT DISTINCT run_name FROM tb_briefing_row").query(String.class).list());
        return runs;
    }

    /**
     * Removes a run's staged files and merged rows (its briefing is written, or it can no longer
     * be restarted). Returns the rows removed.
     */
    public int removeRun(String run) {
        return jdbc.sql("DELETE FROM tb_briefing_row WHERE run_name = ?").param(run).update()
                + jdbc.sql("DELETE FROM tb_run_file WHERE run_name = ?").param(run).update();
    }

    /**
     * Removes the extractions no staged file reads any more, and those of another extractor (an
     * earlier build or other lexicons), which this one never reads. Returns the rows removed.
     */
    public int removeUnreadExtractions(String extractorKey) {
        return jdbc.sql("DELETE FROM tb_extraction WHERE extractor_key <> ?"
                        + " OR sha256 NOT IN (SELECT sha256 FROM tb_run_file WHERE sha256 IS NOT NULL)")
                .param(extractorKey)
                .update();
    }

    /**
     * The partition key of an article: from its content hash, so two files with the same content
     * fall in one partition and are never extracted and stored by two threads at once.
     */
    static int shard(String sha256) {
        return Integer.parseInt(sha256.substring(0, 7), 16);
    }

    private static String fileName(String sourceId) {
        int slash = sourceId.lastIndexOf('/');
        return slash < 0 ? sourceId : sourceId.substring(slash + 1);
    }
}
