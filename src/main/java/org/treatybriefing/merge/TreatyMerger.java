package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.treatybriefing.extract.PartyFact;
import org.treatybriefing.extract.TreatyFact;
import org.treatybriefing.report.Summary;

/**
 * One card per agreement the folder speaks of, and which articles are about which:
 * <ul>
 * <li>articles that name an agreement are grouped by its name: names that differ only in their
 * agreement noun ("... Partnership Treaty" / "... Partnership Agreement") are one agreement, the
 * name most articles use leads and the others are aliases;</li>
 * <li>an article that names none but says which two states or more signed ("Norland and Sudmark
 * signed the fisheries accord"; one state alone is more often a company's deal than a state's) is about the named agreement whose signatories include all of its own, else about the
 * unnamed agreement of other such articles whose signatories include its own, else about an
 * agreement of its own, described by its parties and kind ("Norland-Sudmark fisheries accord");</li>
 * <li>an article that names none and says no one signed, but gives a fact (a duration, a place of
 * signing) supports the agreement most articles are about.</li>
 * </ul>
 * The agreement most articles are about comes first. A state is a signatory of an agreement
 * when at least a third of that agreement's articles that name it say it signed.
 */
final class TreatyMerger {

    private static final Set<String> TREATY_NOUNS = Set.of("treaty", "agreement", "pact", "accord", "accords",
            "protocol", "convention", "charter", "deal", "memorandum", "compact", "alliance", "the", "of", "on");

    /** A merged agreement: its card and the articles about it. */
    record Merged(Summary.TreatyCard card, Set<String> sources) {
    }

    /** Articles about one agreement, while they are grouped. */
    private record Group(List<ArticleFacts> articles, Set<String> signers) {
        Group(ArticleFacts first) {
            this(new ArrayList<>(List.of(first)), new TreeSet<>(signersOf(first)));
        }

        void add(ArticleFacts a) {
            articles.add(a);
            signers.addAll(signersOf(a));
        }
    }

    private TreatyMerger() {
    }

    static List<Merged> merge(List<ArticleFacts> articles) {
        Map<String, Group> named = new LinkedHashMap<>();
        List<ArticleFacts> unnamedSigned = new ArrayList<>();
        List<ArticleFacts> unnamedFacts = new ArrayList<>();
        for (ArticleFacts a : articles) {
            TreatyFact t = a.extraction().treaty();
            if (!t.name().isBlank()) {
                Group g = named.get(core(t.name()));
                if (g == null) {
                    named.put(core(t.name()), new Group(a));
                } else {
                    g.add(a);
                }
            } else if (signersOf(a).size() >= 2 && !t.kind().isBlank()) {
                unnamedSigned.add(a);
            } else if (hasAnyFact(t)) {
                unnamedFacts.add(a);
            }
        }
        List<Group> unnamed = new ArrayList<>();
        // most signatories first, so that an article naming one of them joins the fuller picture
        unnamedSigned.sort(Comparator.comparingInt((ArticleFacts a) -> -signersOf(a).size()).thenComparing(ArticleFacts::sourceId));
        // a named agreement's signatories as its own articles establish them, not every state one of them says signed
        Map<Group, Set<String>> namedSignatories = new IdentityHashMap<>(); // a group grows: by identity
        named.values().forEach(g -> namedSignatories.put(g, new TreeSet<>(signatories(g.articles()))));
        for (ArticleFacts a : unnamedSigned) {
            Set<String> signers = signersOf(a);
            Optional<Group> home = named.values().stream().filter(g -> namedSignatories.get(g).containsAll(signers)).findFirst()
                    .or(() -> unnamed.stream().filter(g -> g.signers().containsAll(signers)).findFirst());
            home.ifPresentOrElse(g -> g.add(a), () -> unnamed.add(new Group(a)));
        }
        List<Group> groups = new ArrayList<>(named.values());
        groups.addAll(unnamed);
        groups.sort(Comparator.comparingInt((Group g) -> -g.articles().size())
                .thenComparing(g -> g.articles().stream().map(ArticleFacts::sourceId).min(String::compareTo).orElse("")));
        if (groups.isEmpty() && !unnamedFacts.isEmpty()) {
            groups.add(new Group(new ArrayList<>(), new TreeSet<>()));
        }
        if (!groups.isEmpty()) {
            unnamedFacts.forEach(groups.get(0)::add);
        }
        return groups.stream().map(g -> card(g.articles())).toList();
    }

    /** The states an article says signed its agreement. */
    private static Set<String> signersOf(ArticleFacts a) {
        Set<String> signers = new TreeSet<>();
        for (PartyFact p : a.extraction().parties()) {
            if ("signatory".equals(p.role())) {
                signers.add(p.name());
            }
        }
        return signers;
    }

    /**
     * States the articles of one agreement call signatories, most supported first: a state is
     * one when at least a third of the articles that name it say it signed, so one article's "X
     * signed a deal with Y last year" about another agreement does not make X a party of this one.
     */
    static List<String> signatories(List<ArticleFacts> articles) {
        Map<String, Integer> support = new TreeMap<>();
        Map<String, Integer> mentioned = new HashMap<>();
        for (ArticleFacts a : articles) {
            for (PartyFact p : a.extraction().parties()) {
                mentioned.merge(p.name(), 1, Integer::sum);
                if ("signatory".equals(p.role())) {
                    support.merge(p.name(), 1, Integer::sum);
                }
            }
        }
        return support.entrySet().stream()
                .filter(e -> e.getValue() * 3 >= mentioned.get(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The name of an agreement no article names, from its parties and what the articles call it:
     * "Norland-Sudmark fisheries accord".
     */
    private static String describedName(List<ArticleFacts> group, List<String> signatories) {
        Map<String, Integer> kinds = new TreeMap<>();
        group.forEach(a -> kinds.merge(a.extraction().treaty().kind(), 1, Integer::sum));
        kinds.remove("");
        String kind = kinds.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().contains(" "))
                        .thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse("agreement");
        List<String> parties = signatories.stream().sorted().toList();
        return parties.isEmpty() ? "Unnamed " + kind : String.join("-", parties) + " " + kind;
    }

    private static Merged card(List<ArticleFacts> group) {
        List<String> signatories = signatories(group);
        List<String> disagreements = new ArrayList<>();
        Map<String, Set<String>> names = valuesBySource(group, TreatyFact::name);
        String name = names.isEmpty() ? describedName(group, signatories) : leading(names);
        List<String> aliases = names.keySet().stream().filter(n -> !n.equals(name)).sorted().toList();
        String signedAt = leading(note(disagreements, "signed at", valuesBySource(group, TreatyFact::signedAt)));
        String duration = leading(note(disagreements, "duration (years)", valuesBySource(group, f -> str(f.durationYears()))));
        String total = leading(note(disagreements, "number of articles", valuesBySource(group, f -> str(f.articlesTotal()))));
        Set<String> sources = new TreeSet<>();
        group.forEach(a -> sources.add(a.sourceId()));
        return new Merged(new Summary.TreatyCard(name, aliases, signedAt,
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
