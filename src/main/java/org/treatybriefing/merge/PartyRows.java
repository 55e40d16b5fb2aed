package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.treatybriefing.extract.PartyFact;

import static org.treatybriefing.merge.BriefingMerger.LIST;

/**
 * The Parties table, counted as the articles are read: one row per state and agreement, so a
 * state that two agreements' articles name has a row for each, and it is a signatory only of the
 * agreement whose card lists it; states of articles about no agreement have an empty treaty.
 * Representatives are kept as the articles name them and given their merged names at the end.
 * <p>
 * Example: Norland named by articles 0 and 3 about "Fjord Treaty", which Norland signed, is one
 * row {@code Norland, signatory, ..., sources 0; 3, Fjord Treaty, 2}.
 */
final class PartyRows {

    private record Acc(Set<String> aliases, Set<String> representatives, int[] mentions, RankSet sources) {
    }

    private final Map<List<String>, Acc> byAgreementAndName = new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));

    /** The parties of one of an article's agreements ({@code agreement}: its name, "" for none). */
    void add(ArticleFacts a, int rank, String agreement) {
        for (PartyFact p : a.extraction().parties()) {
            Acc acc = byAgreementAndName.computeIfAbsent(List.of(agreement, p.name()),
                    k -> new Acc(new TreeSet<>(), new TreeSet<>(), new int[1], new RankSet()));
            acc.aliases().addAll(p.aliases());
            acc.representatives().addAll(p.representatives());
            acc.mentions()[0] += p.mentions();
            acc.sources().add(rank);
        }
    }

    /** The rows, signatories first, then by articles, state and agreement; without their ids. */
    List<List<Object>> rows(List<TreatyMerger.Merged> treaties, SpeakerMerger speakers, SourceIds ids) {
        Map<String, List<String>> signatoriesOf = new HashMap<>();
        treaties.forEach(t -> signatoriesOf.put(t.card().name(), t.card().parties()));
        List<List<Object>> rows = new ArrayList<>();
        byAgreementAndName.forEach((key, acc) -> {
            boolean signed = signatoriesOf.getOrDefault(key.get(0), List.of()).contains(key.get(1));
            Set<String> representatives = new TreeSet<>();
            acc.representatives().forEach(r -> representatives.add(speakers.canonical(r)));
            rows.add(BriefingMerger.row(key.get(1), signed ? "signatory" : "other", String.join(LIST, acc.aliases()),
                    String.join(LIST, representatives), acc.mentions()[0], ids.join(LIST, acc.sources().toArray()),
                    key.get(0), acc.sources().size()));
        });
        rows.sort(Comparator.comparing((List<Object> r) -> "signatory".equals(r.get(1)) ? 0 : 1)
                .thenComparing(r -> -(Integer) r.get(7))
                .thenComparing(r -> (String) r.get(0))
                .thenComparing(r -> (String) r.get(6)));
        return rows;
    }
}
