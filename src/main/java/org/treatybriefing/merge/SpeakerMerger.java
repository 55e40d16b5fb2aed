package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Merges the names articles give one speaker into one entry: the same full name; the same
 * surname with first names spelled alike (a transliteration spelled two ways, compared with
 * Jaro-Winkler); a surname alone when one full name carries it. Work is blocked by surname, so
 * it grows with the number of names, not its square.
 */
final class SpeakerMerger {

    /** A name as one article uses it; the article is its rank ({@link SourceIds}). */
    record NameUse(int source, String name, String title, String affiliation, String type, List<String> aliases) {
    }

    /** The merged speaker every use of a name resolves to. */
    static final class MergedName {
        final String name;
        final Set<String> aliases = new TreeSet<>();
        final Map<String, Integer> titles = new HashMap<>();
        final Map<String, Integer> affiliations = new HashMap<>();
        final Map<String, Integer> types = new HashMap<>();
        /** The articles that use the name, by rank. */
        final RankSet sources = new RankSet();

        MergedName(String name) {
            this.name = name;
        }

        String title() {
            return mostCommon(titles);
        }

        String affiliation() {
            return mostCommon(affiliations);
        }

        String type() {
            Map<String, Integer> typed = new HashMap<>(types);
            if (typed.size() > 1) {
                typed.remove("other");
            }
            String t = mostCommon(typed);
            return t.isEmpty() ? "other" : t;
        }

        private static String mostCommon(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .filter(e -> !e.getKey().isBlank())
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse("");
        }
    }

    private static final double SAME_FIRST_NAME = 0.88;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final Map<String, MergedName> byName = new HashMap<>();

    /** Merges all uses; afterwards {@link #resolve(String)} maps any name used to its merged speaker. */
    SpeakerMerger(List<NameUse> uses) {
        this(NameTallies.of(uses));
    }

    /** Merges the uses counted in {@code tallies}, as {@link #SpeakerMerger(List)} merges them one by one. */
    SpeakerMerger(NameTallies tallies) {
        Map<String, List<NameTallies.Tally>> bySurname = new LinkedHashMap<>();
        for (NameTallies.Tally t : tallies.all()) {
            bySurname.computeIfAbsent(surname(t.name()), k -> new ArrayList<>()).add(t);
        }
        for (List<NameTallies.Tally> block : bySurname.values()) {
            mergeBlock(block);
        }
    }

    private void mergeBlock(List<NameTallies.Tally> block) {
        List<List<String>> groups = new ArrayList<>();
        List<String> fullNames = block.stream().map(NameTallies.Tally::name).filter(n -> n.contains(" ")).distinct()
                .sorted(Comparator.comparingInt((String n) -> -n.split("\\s+").length).thenComparing(n -> n)).toList();
        for (String name : fullNames) {
            List<String> home = null;
            for (List<String> g : groups) {
                if (sameFirstName(g.get(0), name)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(name);
        }
        Map<String, MergedName> merged = new HashMap<>();
        for (List<String> g : groups) {
            MergedName m = new MergedName(mostCompleteName(g, block));
            for (String n : g) {
                merged.put(n, m);
            }
        }
        Map<String, Long> lastUseOfKey = new HashMap<>(); // a name's key leads to the speaker of its last use
        for (NameTallies.Tally t : block) {
            NameUse u = t.use;
            MergedName m = merged.get(u.name());
            if (m == null) {
                // a person's surname alone: the one full name that carries it, or itself;
                // an organisation ("Tories") is never a surname of a longer name
                m = groups.size() == 1 && isPerson(u) ? merged.get(groups.get(0).get(0)) : new MergedName(u.name());
                merged.put(u.name(), m);
            }
            if (!u.name().equals(m.name)) {
                m.aliases.add(u.name());
            }
            for (String a : u.aliases()) {
                if (!a.equals(m.name)) {
                    m.aliases.add(a);
                }
            }
            m.titles.merge(u.title(), t.count, Integer::sum);
            m.affiliations.merge(u.affiliation(), t.count, Integer::sum);
            m.types.merge(u.type(), t.count, Integer::sum);
            m.sources.addAll(t.sources);
            String key = key(u.name());
            if (t.last >= lastUseOfKey.getOrDefault(key, -1L)) {
                byName.put(key, m);
                lastUseOfKey.put(key, t.last);
            }
            for (String a : u.aliases()) {
                byName.putIfAbsent(key(a), m);
            }
        }
    }

    private static boolean isPerson(NameUse u) {
        return !"organization".equals(u.type()) && !"media".equals(u.type()) && !"document".equals(u.type());
    }

    /** The fullest form, the most used among equally full ones. */
    private static String mostCompleteName(List<String> group, List<NameTallies.Tally> block) {
        Map<String, Integer> uses = new HashMap<>();
        for (NameTallies.Tally t : block) {
            uses.merge(t.name(), t.count, Integer::sum);
        }
        return group.stream().max(Comparator.comparingInt((String n) -> n.split("\\s+").length)
                .thenComparingInt(n -> uses.getOrDefault(n, 0))
                .thenComparing(Comparator.reverseOrder())).orElseThrow();
    }

    /** "Sergei Ivanov" and "Sergey Ivanov"; "John F. Smith" and "John Smith". */
    static boolean sameFirstName(String a, String b) {
        String fa = a.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String fb = b.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return fa.equals(fb) || JARO_WINKLER.apply(fa, fb) >= SAME_FIRST_NAME;
    }

    MergedName resolve(String name) {
        return byName.get(key(name));
    }

    /** The merged speaker's name for {@code name}; the name itself when no use merged it. */
    String canonical(String name) {
        MergedName m = resolve(name);
        return m == null ? name : m.name;
    }

    List<MergedName> all() {
        Set<MergedName> distinct = new LinkedHashSet<>(byName.values());
        List<MergedName> list = new ArrayList<>(distinct);
        list.sort(Comparator.comparing(m -> m.name));
        return list;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static String surname(String name) {
        String[] parts = name.trim().split("\\s+");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }
}
