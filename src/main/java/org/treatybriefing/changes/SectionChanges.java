package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.List;

import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;

/**
 * Numbered articles and areas of cooperation added to an agreement or gone from it, matched by
 * kind, label and agreement; {@code after} (or {@code before}) is the section's detail.
 * <pre>
 * added | sections | area | energy | Harbour Accord |  | oil; gas | d.txt
 * </pre>
 */
final class SectionChanges {

    private static final BriefingTable TABLE = BriefingTable.SECTIONS;

    private SectionChanges() {
    }

    static List<Change> compare(List<Row> before, List<Row> now, TreatyChanges.Result treaties) {
        Pairing.Result<Row> paired = Pairing.pair(treaties.withNamesNow(before), now, List.of(r -> List.of(
                Texts.same(r.get("kind")) + "\u0000" + Texts.same(r.get("label")) + "\u0000" + Texts.same(r.get("treaty")))));
        List<Change> changes = new ArrayList<>();
        for (Pairing.Single<Row> s : paired.onlyNow()) {
            changes.add(Change.added(TABLE, key(s.row()), s.row().get("detail"), s.row().get("source_ids")));
        }
        for (Pairing.Single<Row> s : paired.onlyBefore()) {
            changes.add(Change.removed(TABLE, key(s.row()), s.row().get("detail"), s.row().get("source_ids")));
        }
        return changes;
    }

    private static String key(Row r) {
        return Texts.key(r.get("kind"), r.get("label"), r.get("treaty"));
    }
}
