package org.treatybriefing.merge;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * The source ids of a run, packed into one string, each known by its rank: its place in
 * source-id order (as Java compares strings). The merge keeps an article as its rank, four bytes,
 * where a set of source ids costs some hundred bytes an entry; ranks sort as their ids do, so
 * sets of ranks give the same lists.
 */
final class SourceIds {

    /** Latin-1 text takes a byte a character here (compact strings). */
    private final StringBuilder packed = new StringBuilder();
    private String last;
    private int[] ends = new int[64];
    private int size;

    /** Adds the next id; ids come in source-id order. Returns its rank. */
    int add(String id) {
        if (last != null && last.compareTo(id) >= 0) {
            throw new IllegalArgumentException("source ids out of order: " + last + " before " + id);
        }
        last = id;
        packed.append(id);
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size] = packed.length();
        return size++;
    }

    int size() {
        return size;
    }

    String id(int rank) {
        if (rank < 0 || rank >= size) {
            throw new IndexOutOfBoundsException("no source of rank " + rank);
        }
        return packed.substring(rank == 0 ? 0 : ends[rank - 1], ends[rank]);
    }

    /** The rank of an id the run has; -1 for another. */
    int rank(String id) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = id(mid).compareTo(id);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The ids of these ranks, in their order. */
    List<String> ids(int[] ranks) {
        return Arrays.stream(ranks).mapToObj(this::id).toList();
    }

    /** The ids of these ranks joined by {@code separator}, in their order. */
    String join(CharSequence separator, int[] ranks) {
        StringJoiner joined = new StringJoiner(separator);
        for (int r : ranks) {
            joined.add(id(r));
        }
        return joined.toString();
    }
}
