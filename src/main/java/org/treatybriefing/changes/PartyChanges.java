package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.List;

import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;

/**
 * States and blocs added or gone, and those whose role changed, matched by name and agreement
 * (the {@code treaty} column: a state may be a signatory of one agreement and named in another).
 * <pre>
 * added   | parties | Westmark | Harbour Accord        |           | other     | e.txt
 * changed | parties | Sudmark | Harbour Accord | role | other     | signatory | a.txt; d.txt
 * </pre>
 */
final class PartyChanges {

    private static final BriefingTable TABLE = BriefingTable.PARTIES;

    private PartyChanges() {
    }

    static List<Change> compare(List<Row> before, List<Row> now, TreatyChanges.Result treaties) {
        Pairing.Result<Row> paired = Pairing.pair(treaties.withNamesNow(before), now, List.of(r -> List.of(
                Texts.same(r.get("name")) + "\u0000" + Texts.same(r.get("treaty")))));
        List<Change> changes = new ArrayList<>();
        for (Pairing.Single<Row> s : paired.onlyNow()) {
            changes.add(Change.added(TABLE, key(s.row()), s.row().get("role"), s.row().get("source_ids")));
        }
        for (Pairing.Single<Row> s : paired.onlyBefore()) {
            changes.add(Change.removed(TABLE, key(s.row()), s.row().get("role"), s.row().get("source_ids")));
        }
        for (Pairing.Pair<Row> p : paired.pairs()) {
            changes.addAll(Change.fieldsThatDiffer(TABLE, key(p.now()), p.before(), p.now(), List.of("role"),
                    p.now().get("source_ids")));
        }
        return changes;
    }

    private static String key(Row r) {
        return Texts.key(r.get("name"), r.get("treaty"));
    }
}
