package org.treatybriefing.changes;

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
        NamedRowChanges.Compared c = NamedRowChanges.compare(TABLE, FIELDS, "title", before, now);
        return new Result(c.changes(), c.nameNow());
    }
}
