package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.List;

import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;

/**
 * Articles added to the seed folder or gone from it, matched by their source id (their path in
 * the folder), and an article whose content or status changed at the same path.
 * <pre>
 * added   | sources | d.txt          |                  | Ports to reopen  | d.txt
 * removed | sources | c.txt          | Talks stall      |                  | c.txt
 * changed | sources | a.txt | sha256 | 1f0c...          | 9ab2...          | a.txt
 * </pre>
 */
final class SourceChanges {

    private static final BriefingTable TABLE = BriefingTable.SOURCES;
    private static final List<String> FIELDS = List.of("status", "sha256");
    /** Every column this comparison reads. */
    static final List<String> COLUMNS = List.of("source_id", "title", "status", "sha256");

    private SourceChanges() {
    }

    static List<Change> compare(List<Row> before, List<Row> now) {
        Pairing.Result<Row> paired = Pairing.pair(before, now, List.of(r -> List.of(r.get("source_id"))));
        List<Change> changes = new ArrayList<>();
        for (Pairing.Single<Row> s : paired.onlyNow()) {
            String id = s.row().get("source_id");
            changes.add(Change.added(TABLE, id, s.row().get("title"), id));
        }
        for (Pairing.Single<Row> s : paired.onlyBefore()) {
            String id = s.row().get("source_id");
            changes.add(Change.removed(TABLE, id, s.row().get("title"), id));
        }
        for (Pairing.Pair<Row> p : paired.pairs()) {
            String id = p.now().get("source_id");
            changes.addAll(Change.fieldsThatDiffer(TABLE, id, p.before(), p.now(), FIELDS, id));
        }
        return changes;
    }
}
