package org.treatybriefing.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.treatybriefing.extract.Extraction;
import org.treatybriefing.extract.OtherAgreementFact;
import org.treatybriefing.extract.PartyFact;
import org.treatybriefing.extract.QuoteFact;
import org.treatybriefing.extract.TreatyFact;
import org.treatybriefing.merge.ArticleFacts;
import org.treatybriefing.merge.MergeInput;
import org.treatybriefing.merge.SourceRecord;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * A run's files and extractions read for the merge a page at a time, never all at once: the
 * run's ordinals are put in source-id order (as Java compares strings, whatever the database's
 * collation), and each page is fetched by its ordinals through the primary key.
 */
final class StagedMergeInput implements MergeInput {

    /** Articles per query: a few MB of extractions. */
    static final int PAGE = 500;
    /** The quotes of an extraction, the rest of its JSON skipped unread. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record QuotesOnly(List<QuoteFact> quotes) {
    }

    /** What {@link #forEachAgreementFacts} reads of an extraction, the rest of its JSON skipped unread. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record AgreementFactsOnly(TreatyFact treaty, List<PartyFact> parties, List<OtherAgreementFact> otherAgreements) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String run;
    private final String extractorKey;
    /** The run's files and its articles as ordinals in source-id order, found once: a merge reads them many times. */
    private int[] files;
    private int[] articles;

    StagedMergeInput(JdbcClient jdbc, JsonMapper json, String run, String extractorKey) {
        this.jdbc = jdbc;
        this.json = json;
        this.run = run;
        this.extractorKey = extractorKey;
    }

    @Override
    public void forEachSource(Consumer<SourceRecord> each) {
        for (List<Integer> page : pages(ordinalsBySourceId(false))) {
            Map<Integer, SourceRecord> byOrdinal = new HashMap<>();
            jdbc.sql("SELECT ordinal, source_id, file_name, sha256, title, words, status, encoding, reason, file_format, outlet"
                            + " FROM tb_run_file WHERE run_name = :run" + pageOf("ordinal"))
                    .param("run", run).params(pageParameters(page))
                    .query(rs -> {
                        byOrdinal.put(rs.getInt(1), new SourceRecord(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11)));
                    });
            inOrder(page, byOrdinal, each);
        }
    }

    /** An article's extraction is found through its run file: the files' ids are every id. */
    @Override
    public void forEachSourceId(Consumer<String> each) {
        List<Key> keys = keysBySourceId(false);
        files = keys.stream().mapToInt(Key::ordinal).toArray();
        keys.forEach(k -> each.accept(k.sourceId()));
    }

    @Override
    public void forEachArticle(Consumer<ArticleFacts> each) {
        forEachExtraction((sourceId, body) -> each.accept(new ArticleFacts(sourceId, json.readValue(body, Extraction.class))));
    }

    @Override
    public void forEachAgreementFacts(Consumer<ArticleFacts> each) {
        forEachExtraction((sourceId, body) -> {
            AgreementFactsOnly a = json.readValue(body, AgreementFactsOnly.class);
            each.accept(new ArticleFacts(sourceId, new Extraction(a.treaty(), a.parties(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), a.otherAgreements())));
        });
    }

    @Override
    public void forEachQuoteList(BiConsumer<String, List<QuoteFact>> each) {
        forEachExtraction((sourceId, body) -> each.accept(sourceId, json.readValue(body, QuotesOnly.class).quotes()));
    }

    /** The source id and extraction JSON of every article with an extraction, by source id. */
    private void forEachExtraction(BiConsumer<String, String> each) {
        for (List<Integer> page : pages(ordinalsBySourceId(true))) {
            Map<Integer, String[]> byOrdinal = new HashMap<>();
            jdbc.sql("SELECT f.ordinal, f.source_id, e.body FROM tb_run_file f JOIN tb_extraction e"
                            + " ON e.sha256 = f.sha256 AND e.extractor_key = :key"
                            + " WHERE f.run_name = :run AND f.status = 'ok'" + pageOf("f.ordinal"))
                    .param("key", extractorKey).param("run", run).params(pageParameters(page))
                    .query(rs -> {
                        byOrdinal.put(rs.getInt(1), new String[]{rs.getString(2), rs.getString(3)});
                    });
            inOrder(page, byOrdinal, row -> each.accept(row[0], row[1]));
        }
    }

    /** The run's files (only its articles: {@code articlesOnly}) as ordinals, in source-id order. */
    private List<Integer> ordinalsBySourceId(boolean articlesOnly) {
        if (articlesOnly && articles == null) {
            articles = keysBySourceId(true).stream().mapToInt(Key::ordinal).toArray();
        } else if (!articlesOnly && files == null) {
            files = keysBySourceId(false).stream().mapToInt(Key::ordinal).toArray();
        }
        int[] ordinals = articlesOnly ? articles : files;
        return new java.util.AbstractList<>() { // boxed a page at a time, not the whole run
            @Override
            public Integer get(int index) {
                return ordinals[index];
            }

            @Override
            public int size() {
                return ordinals.length;
            }
        };
    }

    private record Key(int ordinal, String sourceId) {
    }

    /** The run's files (only its articles: {@code articlesOnly}), in source-id order. */
    private List<Key> keysBySourceId(boolean articlesOnly) {
        List<Key> keys = new ArrayList<>(jdbc.sql("SELECT ordinal, source_id FROM tb_run_file WHERE run_name = ?"
                        + (articlesOnly ? " AND status = 'ok'" : ""))
                .param(run)
                .query((rs, n) -> new Key(rs.getInt(1), rs.getString(2)))
                .list());
        keys.sort(Comparator.comparing(Key::sourceId));
        return keys;
    }

    private static List<List<Integer>> pages(List<Integer> ordinals) {
        List<List<Integer>> pages = new ArrayList<>();
        for (int from = 0; from < ordinals.size(); from += PAGE) {
            pages.add(ordinals.subList(from, Math.min(ordinals.size(), from + PAGE)));
        }
        return pages;
    }

    /**
     * The rows of a page: by its ordinals, within the range of its first and last ordinal so the
     * database reads that range of its primary key (H2 reads the whole run for an IN list alone).
     * Files are numbered in the order of their paths, which is the order of source ids, so a
     * page's range is about as long as the page.
     */
    private static String pageOf(String ordinalColumn) {
        return " AND " + ordinalColumn + " BETWEEN :first AND :last AND " + ordinalColumn + " IN (:ordinals)";
    }

    private static Map<String, Object> pageParameters(List<Integer> page) {
        int first = page.stream().mapToInt(Integer::intValue).min().orElse(0);
        int last = page.stream().mapToInt(Integer::intValue).max().orElse(-1);
        return Map.of("first", first, "last", last, "ordinals", page);
    }

    private static <T> void inOrder(List<Integer> page, Map<Integer, T> byOrdinal, Consumer<T> each) {
        for (int ordinal : page) {
            T row = byOrdinal.get(ordinal);
            if (row != null) {
                each.accept(row);
            }
        }
    }
}
