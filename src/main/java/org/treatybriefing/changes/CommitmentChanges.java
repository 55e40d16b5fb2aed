package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;

/**
 * Commitments added to an agreement or gone from it, matched by their text and agreement: the
 * same sentence, else one the clusterer finds the same ({@link WordingPairing}) with the same
 * polarity ("shall share" is not "shall not share"). The commitments table has a row per article;
 * here the articles that state one sentence are one commitment.
 * <pre>
 * added | commitments | Harbour Accord | Both states shall share catch data every month. |  | commit | d.txt
 * </pre>
 * {@code after} (or {@code before}) is the commitment's modality.
 */
final class CommitmentChanges {

    private static final BriefingTable TABLE = BriefingTable.COMMITMENTS;

    private record Commitment(String treaty, String text, String polarity, String modality, Set<String> sources) {

        String key() {
            return Texts.key(treaty, text);
        }

        /** Only the same polarity can be the same commitment: "shall share" is not "shall not share". */
        String block() {
            return Texts.same(treaty) + "\u0000" + polarity;
        }
    }

    private CommitmentChanges() {
    }

    static List<Change> compare(List<Row> before, List<Row> now, TreatyChanges.Result treaties) {
        WordingPairing.Result<Commitment> paired = WordingPairing.pair(commitments(treaties.withNamesNow(before)),
                commitments(now), Commitment::block, c -> List.of(c.text()));
        List<Change> changes = new ArrayList<>();
        for (Commitment c : paired.added()) {
            changes.add(Change.added(TABLE, c.key(), c.modality(), Texts.join(c.sources())));
        }
        for (Commitment c : paired.removed()) {
            changes.add(Change.removed(TABLE, c.key(), c.modality(), Texts.join(c.sources())));
        }
        return changes;
    }

    /** One commitment per agreement and sentence, with every article that states it, in the table's order. */
    private static List<Commitment> commitments(List<Row> rows) {
        Map<String, Commitment> bySentence = new LinkedHashMap<>();
        for (Row r : rows) {
            String treaty = r.get("treaty");
            Commitment c = bySentence.computeIfAbsent(Texts.same(treaty) + "\u0000" + Texts.same(r.get("text")),
                    k -> new Commitment(treaty, r.get("text"), r.get("polarity"), r.get("modality"), new TreeSet<>()));
            c.sources().add(r.get("source_id"));
        }
        return new ArrayList<>(bySentence.values());
    }
}
