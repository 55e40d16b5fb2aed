package org.treatybriefing.changes;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.SinceLastBriefing;
import org.treatybriefing.store.StagingStore;

/**
 * The work of the step between merging and writing ({@code compareBriefings}): this run's merged
 * tables, from the staging tables, against the briefing the run chose when it started; the rows
 * of the Changes table and the Summary's "Since ..." block are staged for the writer. The choice
 * is a job parameter, so a restarted run compares with the same briefing, and the result is
 * staged, so a run restarted at the writing step does not read that briefing again.
 * <pre>{@code
 * new CompareWithPrevious(store).stage("2026-12-02T020000_inbox", Path.of("reports/2026-12-01T020000_inbox"));
 * }</pre>
 */
public final class CompareWithPrevious {

    private static final Logger log = LoggerFactory.getLogger(CompareWithPrevious.class);

    private final StagingStore store;

    public CompareWithPrevious(StagingStore store) {
        this.store = store;
    }

    /**
     * @param previous the briefing chosen when the run started; null: none (the first of its folder)
     * @return the number of changes staged
     */
    public int stage(String run, Path previous) {
        if (previous == null) {
            log.info("run {}: no earlier briefing to compare with", run);
            store.saveChanges(run, List.of(), SinceLastBriefing.nothingToCompare());
            return 0;
        }
        Path folder;
        try {
            folder = PreviousBriefing.checked(previous);
        } catch (IllegalArgumentException e) {
            // never a comparison with another briefing than the one chosen: a restart must write the same tables
            throw new IllegalStateException("the briefing this run compares with, chosen when it started, is gone: "
                    + e.getMessage() + "; put it back and --restart, or start a new run", e);
        }
        Snapshot now = new Snapshot(BriefingDiff.COLUMNS_READ);
        for (BriefingTable table : BriefingDiff.COMPARED.keySet()) {
            store.forEachRow(run, table, cells -> now.addCells(table, cells));
        }
        BriefingDiff.Result diff = BriefingDiff.between(PreviousBriefing.read(folder), now);
        store.saveChanges(run, diff.changes().stream().map(Change::cells).toList(),
                diff.since(folder.getFileName().toString(), folder.toString()));
        log.info("run {}: {} changes since {}", run, diff.changes().size(), folder);
        return diff.changes().size();
    }
}
