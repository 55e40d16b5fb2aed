package org.treatybriefing.changes;

import java.util.List;
import java.util.Map;

import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;

/**
 * Agreements added or gone, and the facts of an agreement that changed: its name, where it was
 * signed, its duration, its number of articles, its parties. An agreement is matched by its name,
 * else by a name one briefing gives it among the other's aliases (an unnamed deal that got its
 * name). The names paired here let parties, sections and commitments follow an agreement whose
 * name changed.
 * <pre>
 * changed | treaty | Harbour Accord | duration_years | 10 | 20 | a.txt; d.txt
 * added   | treaty | Sudmark-Westmark customs deal |  | Sudmark; Westmark | e.txt
 * </pre>
 */
final class TreatyChanges {

    private static final BriefingTable TABLE = BriefingTable.TREATY;
    private static final List<String> FIELDS = List.of("name", "signed_at", "duration_years", "articles_total", "parties");

    /** The changes, and each previous agreement's name as this briefing gives it. */
    record Result(List<Change> changes, Map<String, String> nameNow) {

        String nameNow(String previousName) {
            return nameNow.getOrDefault(previousName, previousName);
        }

        /** Previous rows of parties, sections or commitments, their {@code treaty} as this briefing names it. */
        List<Row> withNamesNow(List<Row> previousRows) {
            return previousRows.stream().map(r -> r.with("treaty", nameNow(r.get("treaty")))).toList();
        }
    }

    private TreatyChanges() {
    }

    static Result compare(List<Row> before, List<Row> now) {
        NamedRowChanges.Compared c = NamedRowChanges.compare(TABLE, FIELDS, "parties", before, now);
        return new Result(c.changes(), c.nameNow());
    }
}
