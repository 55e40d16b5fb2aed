package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.treatybriefing.extract.TreatyFact;

/**
 * One card per treaty the articles name. Names that differ only in their treaty noun
 * ("... Partnership Treaty" / "... Partnership Agreement") are one treaty; the name most
 * articles use leads, the others are aliases. Articles that name no treaty support the
 * most-named one. Where articles disagree on a figure or place, the card lists each value
 * with its sources.
 */
final class TreatyMerger {

    private static final Set<String> TREATY_NOUNS = Set.of("treaty", "agreement", "pact", "accord", "accords",
            "protocol", "convention", "charter", "deal", "memorandum", "compact", "alliance", "the", "of", "on");

    /** A merged treaty: its card and the articles behind it. */
    record Merged(Summary.TreatyCard card, Set<String> sources) {
    }

    private TreatyMerger() {
    }

    static List<Merged> merge(List<ArticleFacts> articles, List<String> signatories) {
        Map<String, List<ArticleFacts>> byCore = new LinkedHashMap<>();
        List<ArticleFacts> unnamed = new ArrayList<>();
        for (ArticleFacts a : articles) {
            String name = a.extraction().treaty().name();
            if (name.isBlank()) {
                if (hasAnyFact(a.extraction().treaty())) {
                    unnamed.add(a);
                }
            } else {
                byCore.computeIfAbsent(core(name), k -> new ArrayList<>()).add(a);
            }
        }
        List<List<ArticleFacts>> groups = new ArrayList<>(byCore.values());
        groups.sort(Comparator.comparingInt((List<ArticleFacts> g) -> -g.size())
                .thenComparing(g -> g.get(0).sourceId()));
        if (groups.isEmpty() && !unnamed.isEmpty()) {
            groups.add(new ArrayList<>());
        }
        if (!groups.isEmpty()) {
            groups.get(0).addAll(unnamed);
        }
        List<Merged> merged = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            merged.add(card(groups.get(i), i == 0 ? signatories : List.of()));
        }
        return merged;
    }

    private static Merged card(List<ArticleFacts> group, List<String> signatories) {
        List<String> disagreements = new ArrayList<>();
        Map<String, Set<String>> names = valuesBySource(group, TreatyFact::name);
        String name = leading(names);
        List<String> aliases = names.keySet().stream().filter(n -> !n.equals(name)).sorted().toList();
        String signedAt = leading(note(disagreements, "signed at", valuesBySource(group, TreatyFact::signedAt)));
        String duration = leading(note(disagreements, "duration (years)", valuesBySource(group, f -> str(f.durationYears()))));
        String total = leading(note(disagreements, "number of articles", valuesBySource(group, f -> str(f.articlesTotal()))));
        Set<String> sources = new TreeSet<>();
        group.forEach(a -> sources.add(a.sourceId()));
        return new Merged(new Summary.TreatyCard(name.isEmpty() ? "(unnamed agreement)" : name, aliases, signedAt,
                duration.isEmpty() ? null : Integer.valueOf(duration), total.isEmpty() ? null : Integer.valueOf(total),
                signatories, disagreements), sources);
    }

    private static Map<String, Set<String>> note(List<String> disagreements, String what, Map<String, Set<String>> values) {
        if (values.size() > 1) {
            StringBuilder sb = new StringBuilder(what).append(": ");
            values.forEach((v, s) -> sb.append(v).append(" (").append(String.join(", ", s)).append("); "));
            disagreements.add(sb.substring(0, sb.length() - 2));
        }
        return values;
    }

    /** Each non-empty value and the sources that give it. */
    private static Map<String, Set<String>> valuesBySource(List<ArticleFacts> group, Function<TreatyFact, String> field) {
        Map<String, Set<String>> values = new TreeMap<>();
        for (ArticleFacts a : group) {
            String v = field.apply(a.extraction().treaty());
            if (v != null && !v.isBlank()) {
                values.computeIfAbsent(v, k -> new TreeSet<>()).add(a.sourceId());
            }
        }
        return values;
    }

    /** The value most sources give; ties go to the alphabetically first. */
    private static String leading(Map<String, Set<String>> values) {
        return values.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    static String core(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : Words.of(name)) {
            if (!TREATY_NOUNS.contains(w)) {
                sb.append(w).append(' ');
            }
        }
        return sb.toString().trim();
    }

    private static boolean hasAnyFact(TreatyFact f) {
        return !f.signedAt().isBlank() || f.durationYears() != null || f.articlesTotal() != null;
    }

    private static String str(Integer i) {
        return Objects.toString(i, "");
    }
}
