package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.SinceLastBriefing;

/**
 * What changed between two briefings: the rows of the Changes table, table by table, and the
 * counts and new statements of the Summary's "Since ..." block. Rows are matched by what
 * identifies them, one small matcher per table; agreements and speakers go first, so parties,
 * sections, commitments and statements follow an agreement or a speaker whose name changed.
 * <pre>{@code
 * BriefingDiff.Result diff = BriefingDiff.between(PreviousBriefing.read(yesterday), today);
 * diff.changes();                         // added | speakers | Tom Reed | ... ; removed | sources | c.txt | ...
 * diff.since("2026-12-01T020000_inbox", yesterday.toString());   // the Summary's block
 * }</pre>
 */
public final class BriefingDiff {

    /** The tables compared, in the order of the Changes table, with the words the Summary counts them in. */
    static final Map<BriefingTable, String> COMPARED = new EnumMap<>(Map.of(
            BriefingTable.SOURCES, "Articles",
            BriefingTable.TREATY, "Agreements",
            BriefingTable.PARTIES, "Parties",
            BriefingTable.SECTIONS, "Sections",
            BriefingTable.COMMITMENTS, "Commitments",
            BriefingTable.QUOTES, "Statements",
            BriefingTable.SPEAKERS, "Speakers"));

    /**
     * The columns read of the large tables, where the comparison reads a few: a {@link Snapshot}
     * keeps only those (the quotes of 100,000 articles are some 600,000 rows of 13 columns).
     */
    public static final Map<BriefingTable, List<String>> COLUMNS_READ = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            BriefingTable.SOURCES, SourceChanges.COLUMNS,
            BriefingTable.QUOTES, QuoteClusters.COLUMNS)));

    /** The changes in table order, and the new statements, the most corroborated first. */
    public record Result(List<Change> changes, List<SinceLastBriefing.Statement> newStatements) {

        /** Statements the Summary lists: the most corroborated new ones. */
        static final int SHOWN_STATEMENTS = 10;

        /** The Summary's block for a comparison with {@code previousRun}, found at {@code previousFolder}. */
        public SinceLastBriefing since(String previousRun, String previousFolder) {
            List<SinceLastBriefing.Count> counts = new ArrayList<>();
            COMPARED.forEach((table, words) -> {
                int[] n = new int[Change.Kind.values().length];
                changes.stream().filter(c -> c.table() == table).forEach(c -> n[c.change().ordinal()]++);
                if (n[0] + n[1] + n[2] > 0) {
                    counts.add(new SinceLastBriefing.Count(words, n[Change.Kind.ADDED.ordinal()],
                            n[Change.Kind.REMOVED.ordinal()], n[Change.Kind.CHANGED.ordinal()]));
                }
            });
            return new SinceLastBriefing(previousRun, previousFolder, counts,
                    newStatements.stream().limit(SHOWN_STATEMENTS).toList());
        }
    }

    private BriefingDiff() {
    }

    public static Result between(Snapshot before, Snapshot now) {
        TreatyChanges.Result treaties = TreatyChanges.compare(before.rows(BriefingTable.TREATY), now.rows(BriefingTable.TREATY));
        SpeakerChanges.Result speakers = SpeakerChanges.compare(before.rows(BriefingTable.SPEAKERS),
                now.rows(BriefingTable.SPEAKERS));
        StatementChanges.Result statements = StatementChanges.compare(before.quoteClusters(), now.quoteClusters(), speakers);
        List<Change> changes = new ArrayList<>();
        changes.addAll(SourceChanges.compare(before.rows(BriefingTable.SOURCES), now.rows(BriefingTable.SOURCES)));
        changes.addAll(treaties.changes());
        changes.addAll(PartyChanges.compare(before.rows(BriefingTable.PARTIES), now.rows(BriefingTable.PARTIES), treaties));
        changes.addAll(SectionChanges.compare(before.rows(BriefingTable.SECTIONS), now.rows(BriefingTable.SECTIONS), treaties));
        changes.addAll(CommitmentChanges.compare(before.rows(BriefingTable.COMMITMENTS),
                now.rows(BriefingTable.COMMITMENTS), treaties));
        changes.addAll(statements.changes());
        changes.addAll(speakers.changes());
        return new Result(changes, statements.added());
    }
}
