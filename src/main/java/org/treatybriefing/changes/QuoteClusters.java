package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.treatybriefing.changes.Snapshot.Row;

/**
 * A briefing's quotes as the comparison reads them: by cluster (a statement), in the order the
 * clusters first appear, each with the speaker of its first quote, every wording of its quotes
 * and the article of each. Quotes without a cluster (indirect speech) are no statements. The
 * rows themselves are not kept: the quotes are most of a briefing's rows, some 600,000 for
 * 100,000 articles, and the comparison holds two briefings.
 * <p>
 * Example: quotes {@code Q1 a.txt Ann Vale "We will sign" C1} and {@code Q2 d.txt Ann Vale "We
 * will sign in May" C1} are one cluster: Ann Vale, wordings ["We will sign", "We will sign in May"],
 * articles [a.txt, d.txt].
 */
final class QuoteClusters {

    /** One cluster: {@code wordings} and {@code sources} one per quote, in the order of the rows. */
    record Cluster(String speaker, List<String> wordings, List<String> sources) {
    }

    /** The columns of the quotes table read here, the only ones the comparison reads. */
    static final List<String> COLUMNS = List.of("source_id", "speaker", "text", "cluster_id");

    private final Map<String, Cluster> byId = new LinkedHashMap<>();

    /** A row of the quotes table; only its {@link #COLUMNS} are read. */
    void add(Row quote) {
        String cluster = quote.get("cluster_id");
        if (cluster.isEmpty()) {
            return;
        }
        Cluster c = byId.computeIfAbsent(cluster, id -> new Cluster(quote.get("speaker"), new ArrayList<>(), new ArrayList<>()));
        c.wordings().add(quote.get("text"));
        c.sources().add(quote.get("source_id"));
    }

    /** The clusters, in the order they first appear. */
    Collection<Cluster> all() {
        return byId.values();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuoteClusters q && List.copyOf(byId.values()).equals(List.copyOf(q.byId.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(byId.values()).hashCode();
    }

    @Override
    public String toString() {
        return byId.toString();
    }
}
