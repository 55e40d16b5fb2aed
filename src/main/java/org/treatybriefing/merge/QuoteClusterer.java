package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the same statement quoted by several articles, worded slightly differently or cut at
 * different places. Quotes are blocked by speaker and, inside a block, compared only with the
 * clusters that share one of their rarer words (an inverted index), so the work stays near
 * linear in the number of quotes. Two wordings match when their word sets overlap by
 * Jaccard >= 0.6, or when the shorter (3 words or more) lies almost whole inside the longer.
 */
public final class QuoteClusterer {

    static final double SAME_WORDING = 0.6;
    static final double CONTAINED = 0.9;
    /** Words this short or this common say nothing about which statement it is. */
    private static final int MIN_KEY_WORD = 4;
    private static final int MAX_CANDIDATES = 64;

    /** A quote to cluster: its speaker block and its words. Index is the caller's. */
    record Item(int index, String speaker, String text) {
    }

    private final List<Set<String>> representative = new ArrayList<>();
    private final Map<String, Map<String, Postings>> indexBySpeaker = new HashMap<>();

    /**
     * The clusters a key word of one speaker's quotes leads to, each once, in order of first
     * posting. A cluster is posted again when another cluster was posted after it; those repeats
     * are only counted ({@link #length}): the count orders the words (rarest first), and keeping
     * each repeat cost a boxed number per quote of a folder that repeats its statements.
     */
    private static final class Postings {
        private static final int SCANNED = 32;
        private int[] clusters = new int[2];
        private int distinct;
        private Set<Integer> members; // past SCANNED clusters, to look one up
        int length;
        int last = -1;

        void post(int cluster) {
            length++;
            last = cluster;
            if (contains(cluster)) {
                return;
            }
            if (distinct == clusters.length) {
                clusters = java.util.Arrays.copyOf(clusters, distinct * 2);
            }
            clusters[distinct++] = cluster;
            if (members != null) {
                members.add(cluster);
            } else if (distinct > SCANNED) {
                members = new HashSet<>();
                for (int i = 0; i < distinct; i++) {
                    members.add(clusters[i]);
                }
            }
        }

        private boolean contains(int cluster) {
            if (members != null) {
                return members.contains(cluster);
            }
            for (int i = 0; i < distinct; i++) {
                if (clusters[i] == cluster) {
                    return true;
                }
            }
            return false;
        }
    }

    QuoteClusterer() {
    }

    /** Returns, for each item index, the number of its cluster (0-based, in order of first item). */
    static int[] cluster(List<Item> items) {
        int[] clusterOf = new int[items.size()];
        QuoteClusterer clusters = new QuoteClusterer();
        for (Item item : items) {
            clusterOf[item.index()] = clusters.add(item.speaker(), item.text());
        }
        return clusterOf;
    }

    /**
     * The number of the cluster of the next quote (0-based, in order of first quote): the
     * clusters are made as the quotes come, so a caller need not hold every quote.
     */
    int add(String speaker, String text) {
        Map<String, Postings> index = indexBySpeaker.computeIfAbsent(speaker, k -> new HashMap<>());
        Set<String> words = wordSet(text);
        Set<String> keys = keyWords(text);
        int found = -1;
        Set<Integer> tried = new LinkedHashSet<>();
        // rarest words first: common ones would spend the candidate budget on clusters that share only them
        List<String> rarestFirst = new ArrayList<>(keys);
        rarestFirst.sort(Comparator.comparingInt(k -> index.containsKey(k) ? index.get(k).length : 0));
        for (String k : rarestFirst) {
            Postings postings = index.get(k);
            // a repeated posting would be tried already: each cluster once gives the same candidates
            for (int i = 0; postings != null && i < postings.distinct; i++) {
                if (tried.size() >= MAX_CANDIDATES || found >= 0) {
                    break;
                }
                int c = postings.clusters[i];
                if (tried.add(c) && sameStatement(representative.get(c), words)) {
                    found = c;
                }
            }
        }
        if (found < 0) {
            found = representative.size();
            representative.add(words);
        }
        for (String k : keys) {
            Postings postings = index.computeIfAbsent(k, x -> new Postings());
            if (postings.last != found) {
                postings.post(found);
            }
        }
        return found;
    }

    /**
     * Whether two wordings are the same statement, as clustering decides. Public for the
     * comparison with the previous briefing ({@code changes}), which matches statements and
     * commitments across runs by this same similarity.
     */
    public static boolean sameStatement(String a, String b) {
        return sameStatement(wordSet(a), wordSet(b));
    }

    /** On word sets made once per quote: tokenising both texts for every comparison cost most of the time. */
    private static boolean sameStatement(Set<String> a, Set<String> b) {
        Set<String> fewer = a.size() <= b.size() ? a : b;
        Set<String> more = fewer == a ? b : a;
        int intersection = 0;
        for (String w : fewer) {
            if (more.contains(w)) {
                intersection++;
            }
        }
        int union = a.size() + b.size() - intersection;
        if (union == 0) {
            return false;
        }
        double jaccard = (double) intersection / union;
        int smaller = fewer.size();
        double containment = smaller == 0 ? 0 : (double) intersection / smaller;
        return jaccard >= SAME_WORDING || (smaller >= 3 && containment >= CONTAINED);
    }

    private static Set<String> wordSet(String text) {
        return new HashSet<>(Words.of(text));
    }

    private static Set<String> keyWords(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String w : Words.of(text)) {
            if (w.length() >= MIN_KEY_WORD) {
                keys.add(w);
            }
        }
        if (keys.isEmpty()) {
            keys.addAll(Words.of(text));
        }
        return keys;
    }
}
