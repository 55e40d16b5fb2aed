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
 * same sentence, else one the clusterer finds the same ({@link SimilarWordings}) with the same
 * polarity ("shall share" is not "shall not share"). The commitments table has a row per article;
 * here the articles that state one sentence are one commitment.
 * <pre>
 * added | commitments | Harbour Accord | Both states shall share catch data every month. |  | commit | d.txt
 * </pre>
 * {@code after} (or {@code before}) is the commitment's modality.
 */
final class CommitmentChanges {

    private static final BriefingTable TABLE = BriefingTable.COMMITMENTS;

    private record Commitment(String treaty, String text, String polarity, String modality, Set<String> sources,
                              List<String> similar) {

        String key() {
            return Texts.key(treaty, text);
        }

        List<String> exactKeys() {
            return List.of(Texts.same(treaty) + "\u0000" + Texts.same(text));
        }
    }

    private CommitmentChanges() {
    }

    static List<Change> compare(List<Row> before, List<Row> now, TreatyChanges.Result treaties) {
        List<Commitment> was = commitments(treaties.withNamesNow(before));
        List<Commitment> is = commitments(now);
        List<String> blocks = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (List<Commitment> side : List.of(was, is)) {
            side.forEach(c -> {
                blocks.add(Texts.same(c.treaty()) + "\u0000" + c.polarity());
                texts.add(List.of(c.text()));
            });
        }
        List<List<String>> similar = SimilarWordings.keys(blocks, texts);
        was = withSimilar(was, similar.subList(0, was.size()));
        is = withSimilar(is, similar.subList(was.size(), similar.size()));

        Pairing.Result<Commitment> paired = Pairing.pair(was, is, List.of(Commitment::exactKeys, Commitment::similar));
        List<Change> changes = new ArrayList<>();
        for (Pairing.Single<Commitment> s : paired.onlyNow()) {
            if (!s.linked()) {
                Commitment c = s.row();
                changes.add(Change.added(TABLE, c.key(), c.modality(), Texts.join(c.sources())));
            }
        }
        for (Pairing.Single<Commitment> s : paired.onlyBefore()) {
            if (!s.linked()) {
                Commitment c = s.row();
                changes.add(Change.removed(TABLE, c.key(), c.modality(), Texts.join(c.sources())));
            }
        }
        return changes;
    }

    /** One commitment per agreement and sentence, with every article that states it, in the table's order. */
    private static List<Commitment> commitments(List<Row> rows) {
        Map<String, Commitment> bySentence = new LinkedHashMap<>();
        for (Row r : rows) {
            String treaty = r.get("treaty");
            Commitment c = bySentence.computeIfAbsent(Texts.same(treaty) + "\u0000" + Texts.same(r.get("text")),
                    k -> new Commitment(treaty, r.get("text"), r.get("polarity"), r.get("modality"), new TreeSet<>(), List.of()));
            c.sources().add(r.get("source_id"));
        }
        return new ArrayList<>(bySentence.values());
    }

    private static List<Commitment> withSimilar(List<Commitment> commitments, List<List<String>> similar) {
        List<Commitment> out = new ArrayList<>(commitments.size());
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            out.add(new Commitment(c.treaty(), c.text(), c.polarity(), c.modality(), c.sources(), similar.get(i)));
        }
        return out;
    }
}
