package org.treatybriefing.extract;

import java.util.List;

/** Answers "is this offset inside quotation marks?" so attribution never reads the quoted words. */
final class QuoteMask {

    private final int[] starts;
    private final int[] ends;

    QuoteMask(List<QuoteSpan> quotes) {
        starts = new int[quotes.size()];
        ends = new int[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            starts[i] = quotes.get(i).open();
            ends[i] = quotes.get(i).close();
        }
    }

    /** True for the marks themselves and everything between them. */
    boolean inside(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] > offset) {
                hi = mid - 1;
            } else if (ends[mid] < offset) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** True when some quotation (marks included) lies at least partly in [from, to). */
    boolean overlaps(int from, int to) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] < from) {
                lo = mid + 1;
            } else if (starts[mid] >= to) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
