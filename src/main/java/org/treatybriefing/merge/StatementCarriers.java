package org.treatybriefing.merge;

import java.util.Arrays;

/**
 * Which statements (quote clusters) each article carries, and which articles carry each
 * statement, as arrays of numbers: an article is its rank ({@link SourceIds}), a statement its
 * cluster number. A pair takes eight bytes (both directions), where sets of source ids and of
 * cluster numbers took some hundred a pair. Filled as the quotes are read, in rank order, then
 * {@link #finish finished}.
 */
final class StatementCarriers {

    private final int articles;
    /** Each article's statements, sorted, one article after the other. */
    private int[] statements = new int[1024];
    private int pairs;
    /** Where each article's statements start in {@link #statements}; the last entry ends them. */
    private final int[] articleStart;
    private int currentRank = -1;
    private int currentStart;
    /** Each statement's articles, in rank order, after {@link #finish}. */
    private int[] carriers;
    private int[] statementStart;

    /** @param articles how many ranks there are ({@link SourceIds#size()}) */
    StatementCarriers(int articles) {
        this.articles = articles;
        this.articleStart = new int[articles + 1];
    }

    /** The article of rank {@code rank} carries statement {@code cluster}; ranks come in increasing order. */
    void add(int rank, int cluster) {
        if (rank != currentRank) {
            if (rank < currentRank) {
                throw new IllegalArgumentException("articles out of order: rank " + rank + " after " + currentRank);
            }
            endArticle();
            for (int r = currentRank + 1; r <= rank; r++) {
                articleStart[r] = pairs;
            }
            currentRank = rank;
            currentStart = pairs;
        }
        if (pairs == statements.length) {
            statements = Arrays.copyOf(statements, pairs + (pairs >> 1));
        }
        statements[pairs++] = cluster;
    }

    /** Sorts the current article's statements and keeps each once. */
    private void endArticle() {
        if (currentRank < 0) {
            return;
        }
        Arrays.sort(statements, currentStart, pairs);
        int distinct = currentStart;
        for (int i = currentStart; i < pairs; i++) {
            if (distinct == currentStart || statements[distinct - 1] != statements[i]) {
                statements[distinct++] = statements[i];
            }
        }
        pairs = distinct;
    }

    /** Ends the reading: {@code clusters} statements were made. */
    void finish(int clusters) {
        endArticle();
        for (int r = currentRank + 1; r <= articles; r++) {
            articleStart[r] = pairs;
        }
        statements = Arrays.copyOf(statements, pairs);
        statementStart = new int[clusters + 1];
        for (int i = 0; i < pairs; i++) {
            statementStart[statements[i] + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            statementStart[c + 1] += statementStart[c];
        }
        carriers = new int[pairs];
        int[] next = Arrays.copyOf(statementStart, clusters);
        for (int rank = 0; rank < articles; rank++) { // in rank order, so each statement's articles come sorted
            for (int i = articleStart[rank]; i < articleStart[rank + 1]; i++) {
                carriers[next[statements[i]]++] = rank;
            }
        }
    }

    /** The statements the article of this rank carries, in increasing order. */
    int[] statementsOf(int rank) {
        return Arrays.copyOfRange(statements, articleStart[rank], articleStart[rank + 1]);
    }

    /** How many statements the article of this rank carries. */
    int statementCount(int rank) {
        return articleStart[rank + 1] - articleStart[rank];
    }

    /** Whether the article of this rank carries this statement. */
    boolean carries(int rank, int cluster) {
        return Arrays.binarySearch(statements, articleStart[rank], articleStart[rank + 1], cluster) >= 0;
    }

    /** The articles that carry this statement, by rank, in increasing order. */
    int[] carriersOf(int cluster) {
        return Arrays.copyOfRange(carriers, statementStart[cluster], statementStart[cluster + 1]);
    }

    /** How many articles carry this statement. */
    int carrierCount(int cluster) {
        return statementStart[cluster + 1] - statementStart[cluster];
    }

    int statements() {
        return statementStart.length - 1;
    }
}
