package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.treatybriefing.extract.AnalystFact;

import static org.treatybriefing.merge.BriefingMerger.LIST;

/**
 * The Analysts table, counted as the articles are read: one row per analyst by merged name,
 * with the articles that cite them. Names are merged only once every article is read, so each
 * name the articles use is counted apart, with its first description that names an
 * organisation and its last one, and the names are joined at the end.
 * <p>
 * Example: "Tom Berg" (article 0, no organisation) and "Berg, of the Harbour Institute"
 * (article 3) merged as Tom Berg: one row {@code Tom Berg, ..., Harbour Institute, 0; 3, 2}.
 */
final class AnalystRows {

    /** The uses of one name: the first description with an organisation and the last one, each with its place. */
    private static final class Described {
        final RankSet sources = new RankSet();
        AnalystFact withOrganization;
        long withOrganizationAt;
        AnalystFact last;
        long lastAt;
    }

    private final Map<String, Described> byName = new HashMap<>();
    private long seen;

    void add(ArticleFacts a, int rank, Strings strings) {
        for (AnalystFact an : strings.analysts(a.extraction().analysts())) {
            Described d = byName.computeIfAbsent(an.name(), k -> new Described());
            long at = seen++;
            d.sources.add(rank);
            if (d.withOrganization == null && !an.organization().isEmpty()) {
                d.withOrganization = an;
                d.withOrganizationAt = at;
            }
            d.last = an;
            d.lastAt = at;
        }
    }

    /**
     * One row per merged name, by name. Its description is the first (over all its names) that
     * names an organisation, else the last one.
     */
    List<List<Object>> rows(SpeakerMerger speakers, SourceIds ids) {
        Map<String, List<Described>> merged = new TreeMap<>();
        byName.forEach((name, d) -> merged.computeIfAbsent(speakers.canonical(name), k -> new ArrayList<>()).add(d));
        List<List<Object>> rows = new ArrayList<>();
        merged.forEach((name, uses) -> {
            RankSet sources = new RankSet();
            Described first = null;
            Described last = null;
            for (Described d : uses) {
                sources.addAll(d.sources);
                if (d.withOrganization != null && (first == null || d.withOrganizationAt < first.withOrganizationAt)) {
                    first = d;
                }
                if (last == null || d.lastAt > last.lastAt) {
                    last = d;
                }
            }
            AnalystFact fact = first != null ? first.withOrganization : last.last;
            rows.add(BriefingMerger.row(name, fact.title(), fact.organization(), ids.join(LIST, sources.toArray()),
                    sources.size()));
        });
        return rows;
    }
}
