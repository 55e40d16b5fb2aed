package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups the articles that are versions of one story, so that a statement they all carry counts
 * once: a wire story republished, or updated under the same headline, corroborates nothing. Two
 * articles are one story when their headlines have the same wording ("Ports to open, minister
 * says" and "Ports to open - minister says"), when their files are the same bytes, or when they
 * carry nearly the same statements (at least {@value #MIN_STATEMENTS} each, {@value #SAME_STATEMENTS}
 * of them shared): near-duplicate texts give near-identical extractions.
 * <p>
 * Articles are ranks ({@link SourceIds}); the headlines and contents are read from the run's
 * files twice rather than held: once for a 64-bit hash of each, then, for the articles whose
 * hash another shares, to group them by the text itself.
 */
final class Stories {

    static final int MIN_STATEMENTS = 3;
    static final double SAME_STATEMENTS = 0.8;
    /** A headline this short ("Analysis", "Update") says nothing about which story it is. */
    static final int MIN_HEADLINE_WORDS = 4;

    /** Each rank's story: the smallest rank of its versions. */
    private final int[] storyOf;

    /**
     * @param input      the run's files (rejected ones are ignored), read twice
     * @param ids        the run's source ids
     * @param statements which statements each article carries
     */
    Stories(MergeInput input, SourceIds ids, StatementCarriers statements) {
        int[] parent = new int[ids.size()];
        Arrays.setAll(parent, r -> r);
        joinAlike(input, ids, parent, Stories::headlineKey);
        joinAlike(input, ids, parent, s -> s.sha256() == null || s.sha256().isEmpty() ? null : s.sha256());
        joinNearDuplicates(parent, statements);
        storyOf = new int[parent.length];
        Arrays.setAll(storyOf, r -> find(parent, r));
    }

    /** The wording of a headline long enough to tell a story; null for a shorter one. */
    private static String headlineKey(SourceRecord s) {
        List<String> headline = Words.of(s.title() == null ? "" : s.title());
        return headline.size() >= MIN_HEADLINE_WORDS ? String.join(" ", headline) : null;
    }

    /** Joins the read articles whose {@code key} is the same text. */
    private static void joinAlike(MergeInput input, SourceIds ids, int[] parent, Function<SourceRecord, String> key) {
        long[] hashes = new long[ids.size()];
        boolean[] keyed = new boolean[ids.size()];
        input.forEachSource(s -> {
            String k = s.rejected() ? null : key.apply(s);
            if (k != null) {
                int rank = ids.rank(s.sourceId());
                hashes[rank] = hash(k);
                keyed[rank] = true;
            }
        });
        long[] sorted = new long[ids.size()];
        int n = 0;
        for (int r = 0; r < hashes.length; r++) {
            if (keyed[r]) {
                sorted[n++] = hashes[r];
            }
        }
        Arrays.sort(sorted, 0, n);
        Set<Long> shared = new HashSet<>(); // hashes of two articles or more: only those are compared by text
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1]) {
                shared.add(sorted[i]);
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        Map<String, Integer> firstWith = new HashMap<>();
        input.forEachSource(s -> {
            int rank = ids.rank(s.sourceId());
            if (keyed[rank] && shared.contains(hashes[rank])) {
                join(parent, rank, firstWith.computeIfAbsent(key.apply(s), k -> rank));
            }
        });
    }

    /** Two independent 32-bit string hashes: texts that share both are compared as texts. */
    private static long hash(String text) {
        int second = 0;
        for (int i = 0; i < text.length(); i++) {
            second = second * 0x01000193 ^ text.charAt(i);
        }
        return (long) text.hashCode() << 32 | (second & 0xffffffffL);
    }

    /**
     * Articles sharing most of their statements. Each article is compared only with the articles
     * that carry one of its rarest statements (prefix filtering: two sets this similar must share
     * one of them), so a statement every article quotes does not make the work quadratic.
     */
    private static void joinNearDuplicates(int[] parent, StatementCarriers statements) {
        Comparator<Integer> rarestFirst = Comparator.comparingInt((Integer c) -> statements.carrierCount(c))
                .thenComparing(Comparator.naturalOrder());
        for (int rank = 0; rank < parent.length; rank++) {
            int[] mine = statements.statementsOf(rank);
            if (mine.length < MIN_STATEMENTS) {
                continue;
            }
            List<Integer> ordered = new ArrayList<>(Arrays.stream(mine).boxed().toList());
            ordered.sort(rarestFirst);
            int prefix = mine.length - (int) Math.ceil(SAME_STATEMENTS * mine.length) + 1;
            int[] candidates = ordered.subList(0, prefix).stream()
                    .flatMapToInt(c -> Arrays.stream(statements.carriersOf(c))).sorted().distinct().toArray();
            for (int other : candidates) {
                int theirs = statements.statementCount(other);
                if (other == rank || theirs < MIN_STATEMENTS) {
                    continue;
                }
                int shared = 0;
                for (int c : mine) {
                    if (statements.carries(other, c)) {
                        shared++;
                    }
                }
                if ((double) shared / (mine.length + theirs - shared) >= SAME_STATEMENTS) {
                    join(parent, rank, other);
                }
            }
        }
    }

    /** The story an article belongs to: the rank of the first of its versions. */
    int of(int rank) {
        return storyOf[rank];
    }

    /** How many stories these articles are. */
    int count(int[] ranks) {
        return (int) Arrays.stream(ranks).map(this::of).distinct().count();
    }

    private static void join(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        // the smaller rank (source id) leads, so the story's name does not depend on the order of joins
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    private static int find(int[] parent, int id) {
        int root = id;
        while (parent[root] != root) {
            root = parent[root];
        }
        int at = id;
        while (at != root) {
            int next = parent[at];
            parent[at] = root;
            at = next;
        }
        return root;
    }
}
