package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.treatybriefing.extract.SectionFact;

import static org.treatybriefing.merge.BriefingMerger.LIST;

/**
 * The Sections table, counted as the articles are read: one row per numbered article or area
 * and agreement, with the articles that speak of it. Sections belong to an agreement: an
 * article about none has none.
 * <p>
 * Example: "Article 3" described by articles 0 and 2 about "Fjord Treaty" is one row
 * {@code article, Article 3, <the first description>, 0; 2, Fjord Treaty, 2}.
 */
final class SectionRows {

    private final Map<String, Map<String, Set<String>>> details = new TreeMap<>();
    private final Map<String, RankSet> sources = new TreeMap<>();

    /** The sections of one of an article's agreements ({@code agreement}: its name, "" for none). */
    void add(ArticleFacts a, int rank, String agreement) {
        if (agreement.isEmpty()) {
            return;
        }
        for (SectionFact s : a.extraction().sections()) {
            String key = s.kind() + "\u0000" + s.label() + "\u0000" + agreement;
            details.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(s.detail(), k -> new TreeSet<>());
            sources.computeIfAbsent(key, k -> new RankSet()).add(rank);
        }
    }

    /** Numbered articles first, in their order, then areas by articles; without their ids. */
    List<List<Object>> rows(SourceIds ids) {
        List<List<Object>> rows = new ArrayList<>();
        sources.forEach((key, src) -> {
            String[] kla = key.split("\u0000", 3);
            String detail = "article".equals(kla[0])
                    ? details.get(key).keySet().iterator().next()
                    : String.join(LIST, new TreeSet<>(details.get(key).keySet().stream().map(String::toLowerCase).toList()));
            rows.add(BriefingMerger.row(kla[0], kla[1], detail, ids.join(LIST, src.toArray()), kla[2], src.size()));
        });
        rows.sort(Comparator.comparing((List<Object> r) -> "article".equals(r.get(0)) ? 0 : 1)
                .thenComparing(r -> "article".equals(r.get(0)) ? articleNumber((String) r.get(1)) : -(Integer) r.get(5))
                .thenComparing(r -> (String) r.get(1))
                .thenComparing(r -> (String) r.get(4)));
        return rows;
    }

    private static int articleNumber(String label) {
        return Integer.parseInt(label.replaceAll("\\D", ""));
    }
}
