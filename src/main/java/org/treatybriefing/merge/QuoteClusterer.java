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
    private final Map<String, Map<String, List<Integer>>> indexBySpeaker = new HashMap<>();

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
        Map<String, List<Integer>> index = indexBySpeaker.computeIfAbsent(speaker, k -> new HashMap<>());
        Set<String> words = wordSet(text);
        Set<String> keys = keyWords(text);
        int found = -1;
        Set<Integer> tried = new LinkedHashSet<>();
        // rarest words first: common ones would spend the candidate budget on clusters that share only them
        List<String> rarestFirst = new ArrayList<>(keys);
        rarestFirst.sort(Comparator.comparingInt(k -> index.getOrDefault(k, List.of()).size()));
        for (String k : rarestFirst) {
            for (int c : index.getOrDefault(k, List.of())) {
                if (tried.size() >= MAX_CANDIDATES || found >= 0) {
                    break;
                }
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
            List<Integer> postings = index.computeIfAbsent(k, x -> new ArrayList<>());
            if (postings.isEmpty() || postings.get(postings.size() - 1) != found) {
                postings.add(found);
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
