package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;

/**
 * The changes of a table whose rows are known by a name and its aliases (agreements, speakers):
 * rows paired by the name, else by a name one briefing gives among the other's aliases; rows
 * added or gone, with one column that says what they are; the fields of a pair that differ; and
 * each previous name as this briefing gives it.
 * <pre>
 * added   | speakers | Tom Reed          |      | senior fellow | d.txt
 * changed | speakers | Ann Vale | name   | Vale | Ann Vale      | a.txt; d.txt
 * </pre>
 */
final class NamedRowChanges {

    /** The changes, and each previous name to the name this briefing gives the same row. */
    record Compared(List<Change> changes, Map<String, String> nameNow) {
    }

    private NamedRowChanges() {
    }

    /**
     * @param shown the column an added or removed row shows ("title" of a speaker, "parties" of an agreement)
     */
    static Compared compare(BriefingTable table, List<String> fields, String shown, List<Row> before, List<Row> now) {
        Pairing.Result<Row> paired = Pairing.pair(before, now, List.of(
                r -> List.of(Texts.same(r.get("name"))),
                NamedRowChanges::names));
        List<Change> changes = new ArrayList<>();
        for (Pairing.Single<Row> s : paired.onlyNow()) {
            changes.add(Change.added(table, s.row().get("name"), s.row().get(shown), s.row().get("source_ids")));
        }
        for (Pairing.Single<Row> s : paired.onlyBefore()) {
            changes.add(Change.removed(table, s.row().get("name"), s.row().get(shown), s.row().get("source_ids")));
        }
        Map<String, String> nameNow = new HashMap<>();
        for (Pairing.Pair<Row> p : paired.pairs()) {
            nameNow.put(p.before().get("name"), p.now().get("name"));
            changes.addAll(Change.fieldsThatDiffer(table, p.now().get("name"), p.before(), p.now(), fields,
                    p.now().get("source_ids")));
        }
        return new Compared(changes, nameNow);
    }

    private static List<String> names(Row r) {
        List<String> names = new ArrayList<>();
        names.add(Texts.same(r.get("name")));
        Texts.list(r.get("aliases")).forEach(a -> names.add(Texts.same(a)));
        return names;
    }
}
