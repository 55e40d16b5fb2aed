package org.treatybriefing.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.treatybriefing.article.Article;
import org.treatybriefing.article.Rejection;
import org.treatybriefing.extract.Extraction;
import org.treatybriefing.merge.BriefingSink;
import org.treatybriefing.merge.MergeInput;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.SinceLastBriefing;
import org.treatybriefing.report.Summary;

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

    /** Rows of a table read per query. */
    private static final int PAGE = 500;
    /** Rows removed per statement when pruning. */
    private static final int PRUNE = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json = JsonMapper.builder().build();

    public StagingStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public void saveArticle(String run, Article a) {
        jdbc.sql("MERGE INTO tb_run_file t USING (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"
                        + " AS s (run_name, ordinal, source_id, file_name, sha256, shard, title, words, encoding, file_format,"
                        + " outlet, body)"
                        + " ON t.run_name = s.run_name AND t.ordinal = s.ordinal"
                        + " WHEN MATCHED THEN UPDATE SET source_id = s.source_id, file_name = s.file_name, sha256 = s.sha256,"
                        + " shard = s.shard, title = s.title, words = s.words, encoding = s.encoding,"
                        + " file_format = s.file_format, outlet = s.outlet, status = 'ok', reason = NULL, body = s.body"
                        + " WHEN NOT MATCHED THEN INSERT (run_name, ordinal, source_id, file_name, sha256, shard, title, words,"
                        + " encoding, file_format, outlet, status, reason, body) VALUES (s.run_name, s.ordinal, s.source_id,"
                        + " s.file_name, s.sha256, s.shard, s.title, s.words, s.encoding, s.file_format, s.outlet, 'ok', NULL,"
                        + " s.body)")
                .params(run, a.ordinal(), a.sourceId(), a.file(), a.sha256(), shard(a.sha256()), a.title(), a.words(),
                        a.encoding(), a.format(), a.outlet(), a.text())
                .update();
    }

    public void saveRejection(String run, Rejection r) {
        jdbc.sql("MERGE INTO tb_run_file t USING (VALUES (?, ?, ?, ?, ?))"
                        + " AS s (run_name, ordinal, source_id, file_name, reason)"
                        + " ON t.run_name = s.run_name AND t.ordinal = s.ordinal"
                        + " WHEN MATCHED THEN UPDATE SET source_id = s.source_id, file_name = s.file_name, sha256 = NULL,"
                        + " title = NULL, words = 0, encoding = NULL, file_format = NULL, outlet = NULL, status = 'rejected', reason = s.reason,"
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

    /** The run's files and extractions for the merge, read a page at a time in source-id order. */
    public MergeInput mergeInput(String run, String extractorKey) {
        return new StagedMergeInput(jdbc, json, run, extractorKey);
    }

    /** The articles a run read (files not rejected). */
    public int articleCount(String run) {
        return jdbc.sql("SELECT COUNT(*) FROM tb_run_file WHERE run_name = ? AND status = 'ok'")
                .param(run)
                .query(Integer.class).single();
    }

    public int articlesWithoutExtraction(String run, String extractorKey) {
        return jdbc.sql("SELECT COUNT(*) FROM tb_run_file f WHERE f.run_name = ? AND f.status = 'ok' AND NOT EXISTS"
                        + " (SELECT 1 FROM tb_extraction e WHERE e.sha256 = f.sha256 AND e.extractor_key = ?)")
                .params(run, extractorKey)
                .query(Integer.class).single();
    }

    /**
     * Stages a run's merged briefing, replacing any rows a failed attempt staged: {@code merge}
     * adds the rows as it makes them and returns the Summary. Returns the rows staged.
     */
    @Transactional
    public int stageBriefing(String run, Function<BriefingSink, Summary> merge) {
        jdbc.sql("DELETE FROM tb_briefing_row WHERE run_name = ?").param(run).update();
        StagedBriefingRows rows = new StagedBriefingRows(batches, json, run);
        Summary summary = merge.apply(rows);
        rows.add(SUMMARY, 0, summary);
        rows.flush();
        return rows.rows();
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
        StagedBriefingRows staged = new StagedBriefingRows(batches, json, run);
        rows.forEach(row -> staged.add(BriefingTable.CHANGES, row));
        staged.add(SINCE, 0, since);
        staged.flush();
    }

    /** The Summary's "Since ..." block; empty for a run merged before the comparison existed. */
    public Optional<SinceLastBriefing> since(String run) {
        return jdbc.sql("SELECT cells FROM tb_briefing_row WHERE run_name = ? AND table_name = ? AND row_no = 0")
                .params(run, SINCE)
                .query(String.class).optional()
                .map(s -> json.readValue(s, SinceLastBriefing.class));
    }

    /**
     * Streams a table's rows in order, a page of rows per query: a result of every row at once
     * would be held by the database (H2 keeps up to 40,000 rows of a result in memory per GB of heap).
     */
    public void forEachRow(String run, BriefingTable table, Consumer<List<Object>> consumer) {
        for (int from = 0; ; from += PAGE) {
            List<String> page = jdbc.sql("SELECT cells FROM tb_briefing_row WHERE run_name = ? AND table_name = ?"
                            + " AND row_no >= ? AND row_no < ? ORDER BY row_no")
                    .params(run, table.fileName(), from, from + PAGE)
                    .query(String.class).list();
            page.forEach(cells -> consumer.accept(json.readValue(cells, CELLS)));
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** The runs that have rows in the staging tables. */
    public Set<String> stagedRuns() {
        Set<String> runs = new TreeSet<>(jdbc.sql("SELECT DISTINCT run_name FROM tb_run_file").query(String.class).list());
        runs.addAll(jdbc.sql("SELECT DISTINCT run_name FROM tb_briefing_row").query(String.class).list());
        return runs;
    }

    /**
     * Removes a run's staged files and merged rows (its briefing is written, or it can no longer
     * be restarted), {@link #PRUNE} rows per statement along the primary key: one statement for a
     * run of 100,000 articles held the database's undo log of 800,000 rows in memory (1.3 GB of
     * RSS, three minutes). Returns the rows removed.
     */
    public int removeRun(String run) {
        int removed = 0;
        for (String table : jdbc.sql("SELECT DISTINCT table_name FROM tb_briefing_row WHERE run_name = ?")
                .param(run).query(String.class).list()) {
            removed += inSlices(jdbc.sql("SELECT MAX(row_no) FROM tb_briefing_row WHERE run_name = ? AND table_name = ?")
                            .params(run, table).query(Integer.class).single(),
                    (from, to) -> jdbc.sql("DELETE FROM tb_briefing_row WHERE run_name = ? AND table_name = ?"
                            + " AND row_no >= ? AND row_no < ?").params(run, table, from, to).update());
        }
        return removed + inSlices(jdbc.sql("SELECT MAX(ordinal) FROM tb_run_file WHERE run_name = ?")
                        .param(run).query(Integer.class).single(),
                (from, to) -> jdbc.sql("DELETE FROM tb_run_file WHERE run_name = ? AND ordinal >= ? AND ordinal < ?")
                        .params(run, from, to).update());
    }

    /** Runs {@code delete} on the key slices [0, PRUNE), [PRUNE, 2 PRUNE), ... up to {@code last}; the rows it removed. */
    private static int inSlices(Integer last, java.util.function.IntBinaryOperator delete) {
        int removed = 0;
        for (int from = 0; last != null && from <= last; from += PRUNE) {
            removed += delete.applyAsInt(from, from + PRUNE);
        }
        return removed;
    }

    /**
     * Removes the extractions no staged file reads any more, and those of another extractor (an
     * earlier build or other lexicons), which this one never reads, {@link #PRUNE} per statement.
     * Returns the rows removed.
     */
    public int removeUnreadExtractions(String extractorKey) {
        List<Object[]> unread = jdbc.sql("SELECT sha256, extractor_key FROM tb_extraction WHERE extractor_key <> ?"
                        + " OR sha256 NOT IN (SELECT sha256 FROM tb_run_file WHERE sha256 IS NOT NULL)")
                .param(extractorKey)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2)})
                .list();
        for (int from = 0; from < unread.size(); from += PRUNE) {
            batches.batchUpdate("DELETE FROM tb_extraction WHERE sha256 = ? AND extractor_key = ?",
                    unread.subList(from, Math.min(unread.size(), from + PRUNE)));
        }
        return unread.size();
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
