package org.treatybriefing.merge;

import java.util.List;
import java.util.Map;

import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.Summary;

/** The merged briefing: the rows of every table, in the order they are written, and the Summary. */
public record Briefing(Map<BriefingTable, List<List<Object>>> tables, Summary summary) {

    public List<List<Object>> rows(BriefingTable table) {
        return tables.getOrDefault(table, List.of());
    }
}
