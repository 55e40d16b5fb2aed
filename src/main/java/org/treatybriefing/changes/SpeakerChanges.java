package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;

/**
 * Speakers added or gone, and a speaker whose merged name, title, affiliation or type changed.
 * A speaker is matched by the merged name, else by a name one briefing gives among the other's
 * aliases ("Vale" yesterday is "Ann Vale" today, once an article gave her full name). The pairs
 * let statements follow their speaker across such a change.
 * <pre>
 * added   | speakers | Tom Reed           |      | senior fellow | d.txt
 * changed | speakers | Ann Vale | name    | Vale | Ann Vale      | a.txt; d.txt
 * </pre>
 */
final class SpeakerChanges {

    private static final BriefingTable TABLE = BriefingTable.SPEAKERS;
    private static final List<String> FIELDS = List.of("name", "title", "affiliation", "type");

    /** The changes, and each previous speaker's name as this briefing gives it. */
    record Result(List<Change> changes, Map<String, String> nameNow) {

        String nameNow(String previousName) {
            return nameNow.getOrDefault(previousName, previousName);
        }
    }

    private SpeakerChanges() {
    }

    static Result compare(List<Row> before, List<Row> now) {
        Pairing.Result<Row> paired = Pairing.pair(before, now, List.of(
                r -> List.of(Texts.same(r.get("name"))),
                SpeakerChanges::names));
        List<Change> changes = new ArrayList<>();
        for (Pairing.Single<Row> s : paired.onlyNow()) {
            changes.add(Change.added(TABLE, s.row().get("name"), s.row().get("title"), s.row().get("source_ids")));
        }
        for (Pairing.Single<Row> s : paired.onlyBefore()) {
            changes.add(Change.removed(TABLE, s.row().get("name"), s.row().get("title"), s.row().get("source_ids")));
        }
        Map<String, String> nameNow = new HashMap<>();
        for (Pairing.Pair<Row> p : paired.pairs()) {
            nameNow.put(p.before().get("name"), p.now().get("name"));
            changes.addAll(Change.fieldsThatDiffer(TABLE, p.now().get("name"), p.before(), p.now(), FIELDS,
                    p.now().get("source_ids")));
        }
        return new Result(changes, nameNow);
    }

    private static List<String> names(Row r) {
        List<String> names = new ArrayList<>();
        names.add(Texts.same(r.get("name")));
        Texts.list(r.get("aliases")).forEach(a -> names.add(Texts.same(a)));
        return names;
    }
}
