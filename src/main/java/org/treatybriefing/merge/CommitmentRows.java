package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.treatybriefing.extract.CommitmentFact;

import static org.treatybriefing.merge.BriefingMerger.LIST;

/**
 * The Commitments table: one row per commitment sentence of an agreement, and beside it the
 * other articles whose commitment says much the same ({@link QuoteClusterer}). A commitment
 * belongs to an agreement: an article about none states none.
 * <p>
 * Example: "Norland shall open its ports" in article 0 and "Norland shall open all its ports" in
 * article 2 are two rows, the first naming article 2 as similar and the second article 0.
 */
final class CommitmentRows {

    private final List<String> sourceOf = new ArrayList<>();
    private final List<String> treatyOf = new ArrayList<>();
    private final List<CommitmentFact> all = new ArrayList<>();

    /** The commitments of one of an article's agreements ({@code agreement}: its name, "" for none). */
    void add(ArticleFacts a, String agreement, Strings strings) {
        if (agreement.isEmpty()) {
            return;
        }
        for (CommitmentFact c : strings.commitments(a.extraction().commitments())) {
            all.add(c);
            sourceOf.add(a.sourceId());
            treatyOf.add(agreement);
        }
    }

    /** The rows in the order the commitments were read; without their ids. */
    List<List<Object>> rows() {
        List<QuoteClusterer.Item> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            items.add(new QuoteClusterer.Item(i, all.get(i).modality() + "/" + all.get(i).polarity(), all.get(i).text()));
        }
        int[] cluster = QuoteClusterer.cluster(items);
        Map<Integer, Set<String>> sourcesOfCluster = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            sourcesOfCluster.computeIfAbsent(cluster[i], k -> new TreeSet<>()).add(sourceOf.get(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CommitmentFact c = all.get(i);
            Set<String> others = new TreeSet<>(sourcesOfCluster.get(cluster[i]));
            others.remove(sourceOf.get(i));
            rows.add(BriefingMerger.row(sourceOf.get(i), String.join(LIST, c.parties()), c.modality(), c.polarity(),
                    c.area(), c.text(), treatyOf.get(i), String.join(LIST, others)));
        }
        return rows;
    }
}
