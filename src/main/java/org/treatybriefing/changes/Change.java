package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.List;

import org.treatybriefing.report.BriefingTable;

/**
 * One row of the Changes table (SCHEMA.md: change, table, key, before, after, source_ids).
 * <pre>{@code
 * Change.added(BriefingTable.SPEAKERS, "Ann Vale", "foreign minister", "d.txt")
 * // added | speakers | Ann Vale |  | foreign minister | d.txt
 * }</pre>
 *
 * @param sourceIds the articles that carry the row: this briefing's, or the previous one's for a
 *                  removed row
 */
public record Change(Kind change, BriefingTable table, String key, String before, String after, String sourceIds) {

    /** The values of the {@code change} column. */
    public enum Kind {
        ADDED, REMOVED, CHANGED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Change added(BriefingTable table, String key, String after, String sourceIds) {
        return new Change(Kind.ADDED, table, key, "", after, sourceIds);
    }

    static Change removed(BriefingTable table, String key, String before, String sourceIds) {
        return new Change(Kind.REMOVED, table, key, before, "", sourceIds);
    }

    static Change changed(BriefingTable table, String key, String before, String after, String sourceIds) {
        return new Change(Kind.CHANGED, table, key, before, after, sourceIds);
    }

    /**
     * One {@code changed} row per field whose value differs, its key ending in the field's name
     * ({@code "Norland | Harbour Accord | role"}); a list compares as a set ("a; b" is "b; a").
     */
    static List<Change> fieldsThatDiffer(BriefingTable table, String key, Snapshot.Row before, Snapshot.Row now,
                                         List<String> fields, String sourceIds) {
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String b = before.get(field);
            String a = now.get(field);
            if (!b.equals(a) && !Texts.list(b).equals(Texts.list(a))) {
                changes.add(changed(table, Texts.key(key, field), b, a, sourceIds));
            }
        }
        return changes;
    }

    /** The row's cells in the order of {@link BriefingTable#CHANGES}. */
    public List<Object> cells() {
        return List.of(change.label(), table.fileName(), key, before, after, sourceIds);
    }
}
