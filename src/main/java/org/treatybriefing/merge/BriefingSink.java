package org.treatybriefing.merge;

import java.util.List;

import org.treatybriefing.report.BriefingTable;

/** Where a merge puts its rows as it makes them: each table's rows come in their final order. */
@FunctionalInterface
public interface BriefingSink {

    void add(BriefingTable table, List<Object> row);
}
