package org.treatybriefing.job;

import java.util.Map;

/** How a run ended: its status, output folder, row counts per table, and the reason if it failed. */
public record RunOutcome(boolean completed, String runName, String outputFolder, Map<String, Integer> rows,
                         String failure) {

    public int rows(String table) {
        return rows.getOrDefault(table, 0);
    }

    /** The one line of counts the command line prints. */
    public String countsLine() {
        return "articles read " + (rows("sources") - rows("rejected")) + ", rejected " + rows("rejected")
                + " | quotes " + rows("quotes") + " | speakers " + rows("speakers") + " | parties " + rows("parties")
                + " | commitments " + rows("commitments") + " | analysts " + rows("analysts");
    }
}
