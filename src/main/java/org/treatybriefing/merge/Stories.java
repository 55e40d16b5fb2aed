package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the articles that are versions of one story, so that a statement they all carry counts
 * once: a wire story republished, or updated under the same headline, corroborates nothing. Two
 * articles are one story when their headlines have the same wording ("Ports to open, minister
 * says" and "Ports to open - minister says"), when their files are the same bytes, or when they
 * carry nearly the same statements (at least {@value #MIN_STATEMENTS} each, {@value #SAME_STATEMENTS}
 * of them shared): near-duplicate texts give near-identical extractions.
 */
final class Stories {

    static final int MIN_STATEMENTS = 3;
    static final double SAME_STATEMENTS = 0.8;
    /** A headline this short ("Analysis", "Update") says nothing about which story it is. */
    static final int MIN_HEADLINE_WORDS = 4;

    private final Map<String, String> storyOf = new HashMap<>();

    /**
     * @param sources    the articles read (rejected files are ignored), in source id order
     * @param statements each article's statements, as cluster numbers
     */
    Stories(List<SourceRecord> sources, Map<String, Set<Integer>> statements) {
        List<SourceRecord> read = sources.stream().filter(s -> !s.rejected()).toList();
        Map<String, String> parent = new HashMap<>();
        read.forEach(s -> parent.put(s.sourceId(), s.sourceId()));
        Map<String, String> byHeadline = new HashMap<>();
        Map<String, String> byContent = new HashMap<>();
        for (SourceRecord s : read) {
            List<String> headline = Words.of(s.title() == null ? "" : s.title());
            if (headline.size() >= MIN_HEADLINE_WORDS) {
                join(parent, s.sourceId(), byHeadline.computeIfAbsent(String.join(" ", headline), k -> s.sourceId()));
            }
            if (s.sha256() != null && !s.sha256().isEmpty()) {
                join(parent, s.sourceId(), byContent.computeIfAbsent(s.sha256(), k -> s.sourceId()));
            }
        }
        joinNearDuplicates(parent, read, statements);
        read.forEach(s -> storyOf.put(s.sourceId(), find(parent, s.sourceId())));
    }

    /**
     * Articles sharing most of their statements. Each article is compared only with the articles
     * that carry one of its rarest statements (prefix filtering: two sets this similar must share
     * one of them), so a statement every article quotes does not make the work quadratic.
     */
    private static void joinNearDuplicates(Map<String, String> parent, List<SourceRecord> read,
                                           Map<String, Set<Integer>> statements) {
        Map<Integer, List<String>> carriers = new HashMap<>();
        for (SourceRecord s : read) {
            for (int c : statements.getOrDefault(s.sourceId(), Set.of())) {
                carriers.computeIfAbsent(c, k -> new ArrayList<>()).add(s.sourceId());
            }
        }
        Comparator<Integer> rarestFirst = Comparator.comparingInt((Integer c) -> carriers.get(c).size())
                .thenComparing(Comparator.naturalOrder());
        for (SourceRecord s : read) {
            Set<Integer> mine = statements.getOrDefault(s.sourceId(), Set.of());
            if (mine.size() < MIN_STATEMENTS) {
                continue;
            }
            List<Integer> ordered = new ArrayList<>(mine);
            ordered.sort(rarestFirst);
            int prefix = mine.size() - (int) Math.ceil(SAME_STATEMENTS * mine.size()) + 1;
            Set<String> candidates = new TreeSet<>();
            for (int c : ordered.subList(0, prefix)) {
                candidates.addAll(carriers.get(c));
            }
            for (String other : candidates) {
                Set<Integer> theirs = statements.get(other);
                if (other.equals(s.sourceId()) || theirs.size() < MIN_STATEMENTS) {
                    continue;
                }
                int shared = 0;
                for (int c : mine) {
                    if (theirs.contains(c)) {
                        shared++;
                    }
                }
                if ((double) shared / (mine.size() + theirs.size() - shared) >= SAME_STATEMENTS) {
                    join(parent, s.sourceId(), other);
                }
            }
        }
    }

    /** The story an article belongs to: the first of its versions by source id; an unknown article is its own story. */
    String of(String sourceId) {
        return storyOf.getOrDefault(sourceId, sourceId);
    }

    /** How many stories these articles are. */
    int count(Set<String> sourceIds) {
        Set<String> stories = new HashSet<>();
        sourceIds.forEach(id -> stories.add(of(id)));
        return stories.size();
    }

    private static void join(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller source id leads, so the story's name does not depend on the order of joins
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String at = id;
        while (!at.equals(root)) {
            String next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }
}
