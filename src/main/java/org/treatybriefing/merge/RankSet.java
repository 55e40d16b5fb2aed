package org.treatybriefing.merge;

import java.util.Arrays;

/**
 * A set of articles by rank ({@link SourceIds}): four bytes an article where a set of source ids
 * takes some hundred. Ranks mostly come in increasing order (the merge reads the articles in
 * rank order), so an add is an append; others are sorted in when the set is read.
 */
final class RankSet {

    private int[] ranks = new int[2];
    private int size;
    private boolean sorted = true;

    void add(int rank) {
        if (size > 0 && ranks[size - 1] == rank) {
            return;
        }
        if (size > 0 && ranks[size - 1] > rank) {
            sorted = false;
        }
        if (size == ranks.length) {
            ranks = Arrays.copyOf(ranks, size + (size >> 1) + 1);
        }
        ranks[size++] = rank;
    }

    void addAll(RankSet other) {
        for (int i = 0; i < other.size; i++) {
            add(other.ranks[i]);
        }
    }

    int size() {
        normalize();
        return size;
    }

    boolean contains(int rank) {
        normalize();
        return Arrays.binarySearch(ranks, 0, size, rank) >= 0;
    }

    /** The ranks in increasing order, each once. */
    int[] toArray() {
        normalize();
        return Arrays.copyOf(ranks, size);
    }

    private void normalize() {
        if (sorted) {
            return;
        }
        Arrays.sort(ranks, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || ranks[distinct - 1] != ranks[i]) {
                ranks[distinct++] = ranks[i];
            }
        }
        size = distinct;
        sorted = true;
    }
}
