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
 * signing) supports the agreement most articles are about;</li>
 * <li>another agreement an article speaks of beside its own ({@link ArticleFacts#agreements()}) joins
 * the agreement of that name when it has one; unnamed ("the 1990 accord", "a new treaty"), it is
 * an agreement of its own when the article's own agreement is one, described by its parties and
 * kind ("1990 Norland-Sudmark accord") or, with no parties, by the agreement it stands beside
 * ("New treaty beside the Fjord Treaty").</li>
 * </ul>
 * The agreement most articles are about comes first. A state is a signatory of an agreement
 * when at least a third of that agreement's articles that name it say it signed.
 */
final class TreatyMerger {

    /** A kind that starts with its year: "1990 accord". */
    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile("(\\d{4}) (.+)");

    private static final Set<String> TREATY_NOUNS = Set.of("treaty", "agreement", "pact", "accord", "accords",
            "protocol", "convention", "charter", "deal", "memorandum", "compact", "alliance", "the", "of", "on");

    /**
     * A merged agreement: its card, the articles that speak of it, and the facts about it
     * ({@link ArticleFacts#agreements()}: an article, or another agreement one speaks of).
     */
    record Merged(Summary.TreatyCard card, Set<String> sources, List<ArticleFacts> members) {
    }

    /** Articles about one agreement, while they are grouped. */
    private record Group(List<ArticleFacts> articles, Set<String> signers) {
        Group(ArticleFacts first) {
            this(new ArrayList<>(List.of(first)), new TreeSet<>(signersOf(first)));
        }

        boolean has(ArticleFacts a) {
            return articles.stream().anyMatch(x -> x == a); // by identity: each article's facts are one object
        }

        void add(ArticleFacts a) {
            articles.add(a);
            signers.addAll(signersOf(a));
        }
    }

    private TreatyMerger() {
    }

    /** What an agreement's facts make of it: the cases of {@link #merge}, and {@link #NONE} for facts about no agreement. */
    private enum Kind {
        /** Another agreement an article speaks of, unnamed ("the 1990 accord"). */
        OTHER_UNNAMED,
        /** An agreement named ("the Fjord Treaty"). */
        NAMED,
        /** Unnamed, but two states or more signed an agreement of a kind ("Norland and Sudmark signed the fisheries accord"). */
        SIGNED,
        /** Unnamed and unsigned, with a fact of one (a duration, a place of signing). */
        FACTS,
        /** None of these ("Norland's minister said"). */
        NONE;

        static Kind of(ArticleFacts a) {
            TreatyFact t = a.extraction().treaty();
            if (a.besides() != null && t.name().isBlank()) {
                return OTHER_UNNAMED;
            } else if (!t.name().isBlank()) {
                return NAMED;
            } else if (signersOf(a).size() >= 2 && !t.kind().isBlank()) {
                return SIGNED;
            }
            return hasAnyFact(t) ? FACTS : NONE;
        }
    }

    /**
     * Whether these facts make or join a card: they name an agreement, are another agreement an
     * article speaks of, say which two states or more signed what kind of agreement, or give a
     * fact of one. Others ("Norland's minister said") are about no agreement, and {@link #merge}
     * passes them over.
     */
    static boolean takesPart(ArticleFacts a) {
        return Kind.of(a) != Kind.NONE;
    }

    /** @param articles each article's agreements ({@link ArticleFacts#agreements()}) */
    static List<Merged> merge(List<ArticleFacts> articles) {
        Map<String, Group> named = new LinkedHashMap<>();
        List<ArticleFacts> unnamedSigned = new ArrayList<>();
        List<ArticleFacts> unnamedFacts = new ArrayList<>();
        List<ArticleFacts> unnamedOthers = new ArrayList<>();
        for (ArticleFacts a : articles) {
            switch (Kind.of(a)) {
                case OTHER_UNNAMED -> unnamedOthers.add(a);
                case NAMED -> {
                    String core = core(a.extraction().treaty().name());
                    Group g = named.get(core);
                    if (g == null) {
                        named.put(core, new Group(a));
                    } else {
                        g.add(a);
                    }
                }
                case SIGNED -> unnamedSigned.add(a);
                case FACTS -> unnamedFacts.add(a);
                case NONE -> {
                }
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
        List<Merged> merged = new ArrayList<>(groups.stream().map(g -> card(g.articles(), "")).toList());
        merged.addAll(othersBeside(unnamedOthers, groups, merged));
        return merged;
    }

    /**
     * The unnamed agreements articles speak of beside their own, each an agreement of its own when
     * its article's agreement is one ("the 1990 accord" in a story about no agreement is no
     * briefing's). Beside the same agreement, those of one year are one ("the 1990 accord", "an
     * agreement between Norland and Sudmark signed in 1990"), and so are those of one kind ("a new
     * treaty"); agreements described alike are one.
     */
    private static List<Merged> othersBeside(List<ArticleFacts> others, List<Group> groups, List<Merged> merged) {
        Map<List<String>, List<ArticleFacts>> byDescription = new LinkedHashMap<>();
        for (ArticleFacts other : others) {
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).has(other.besides())) {
                    String kind = other.extraction().treaty().kind();
                    java.util.regex.Matcher dated = YEAR_FIRST.matcher(kind);
                    byDescription.computeIfAbsent(List.of(dated.matches() ? dated.group(1) : kind, merged.get(g).card().name()),
                            k -> new ArrayList<>()).add(other);
                    break;
                }
            }
        }
        Map<String, List<ArticleFacts>> byName = new LinkedHashMap<>();
        Map<String, String> besideOf = new HashMap<>();
        byDescription.forEach((key, group) -> {
            String name = card(group, key.get(1)).card().name();
            byName.computeIfAbsent(name, k -> new ArrayList<>()).addAll(group);
            besideOf.putIfAbsent(name, key.get(1));
        });
        List<Merged> out = new ArrayList<>();
        byName.forEach((name, group) -> out.add(card(group, besideOf.get(name))));
        return out;
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
    private static String describedName(List<ArticleFacts> group, List<String> signatories, String beside) {
        Map<String, Integer> kinds = new TreeMap<>();
        group.forEach(a -> kinds.merge(a.extraction().treaty().kind(), 1, Integer::sum));
        kinds.remove("");
        String kind = kinds.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().contains(" "))
                        .thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse("agreement");
        List<String> parties = signatories.stream().sorted().toList();
        if (parties.isEmpty()) {
            return beside.isEmpty() ? "Unnamed " + kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " beside the " + beside;
        }
        java.util.regex.Matcher dated = YEAR_FIRST.matcher(kind); // "1990 accord" of Norland and Sudmark: "1990 Norland-Sudmark accord"
        return dated.matches() ? dated.group(1) + " " + String.join("-", parties) + " " + dated.group(2)
                : String.join("-", parties) + " " + kind;
    }

    /**
     * @param beside for another agreement an article speaks of, the name of the article's own
     *               agreement ("" for an article's own): names it when nothing else does
     */
    private static Merged card(List<ArticleFacts> group, String beside) {
        List<String> signatories = signatories(group);
        List<String> disagreements = new ArrayList<>();
        Map<String, Set<String>> names = valuesBySource(group, TreatyFact::name);
        String name = names.isEmpty() ? describedName(group, signatories, beside) : leading(names);
        List<String> aliases = names.keySet().stream().filter(n -> !n.equals(name)).sorted().toList();
        String signedAt = signedAt(group, disagreements);
        String duration = leading(note(disagreements, "duration (years)", valuesBySource(group, f -> str(f.durationYears()))));
        String total = leading(note(disagreements, "number of articles", valuesBySource(group, f -> str(f.articlesTotal()))));
        Set<String> sources = new TreeSet<>();
        group.forEach(a -> sources.add(a.sourceId()));
        return new Merged(new Summary.TreatyCard(name, aliases, signedAt,
                duration.isEmpty() ? null : Integer.valueOf(duration), total.isEmpty() ? null : Integer.valueOf(total),
                signatories, disagreements), sources, List.copyOf(group));
    }

    /**
     * Where the agreement was signed. Articles that name a city and a seat of government in it
     * ("Moscow", "Kremlin") agree: only different cities are a disagreement. The city most articles
     * give wins, in the wording most of its articles use (on a tie, the city's own name).
     */
    private static String signedAt(List<ArticleFacts> group, List<String> disagreements) {
        String city = leading(note(disagreements, "signed at", valuesBySource(group, TreatyFact::signedCity)));
        List<ArticleFacts> inCity = group.stream().filter(a -> a.extraction().treaty().signedCity().equals(city)).toList();
        return valuesBySource(inCity, TreatyFact::signedAt).entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())
                        .thenComparing(e -> e.getKey().equals(city))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(city);
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

    static boolean hasAnyFact(TreatyFact f) {
        return !f.signedAt().isBlank() || f.durationYears() != null || f.articlesTotal() != null;
    }

    private static String str(Integer i) {
        return Objects.toString(i, "");
    }
}
