package org.treatybriefing.report;

import java.util.List;

/**
 * The block that opens the Summary sheet: what changed since the previous briefing of the reports
 * folder, in counts per table, and the new statements, the most corroborated first. The rows
 * themselves are the Changes sheet. For example, after a night that brought one article and lost
 * another:
 * <pre>
 * Since 2026-12-01T020000_inbox
 * Compared with   /data/reports/2026-12-01T020000_inbox
 * Articles        1 new, 1 gone
 * Statements      2 new, 1 gone
 * New statements (most corroborated first)
 * Speaker    Articles  Statement                                     Sources
 * Ann Vale          2  We will open the northern channel by spring   a.txt; d.txt
 * All changes     the Changes sheet (changes.csv)
 * </pre>
 *
 * @param previousRun    the folder name of the briefing compared with; null when there was none
 *                       (the first briefing of the folder says there is nothing to compare with)
 * @param previousFolder where that briefing is
 * @param counts         one line per table with a change, in the order of the tables
 * @param newStatements  statements no earlier briefing had, the most corroborated first
 */
public record SinceLastBriefing(String previousRun, String previousFolder, List<Count> counts,
                                List<Statement> newStatements) {

    /** What changed in one table: "Statements" with 2 added, 1 removed, 0 changed. */
    public record Count(String what, int added, int removed, int changed) {

        /** "2 new, 1 gone": the parts that are not zero. */
        public String text() {
            StringBuilder s = new StringBuilder();
            append(s, added, "new");
            append(s, removed, "gone");
            append(s, changed, "changed");
            return s.toString();
        }

        private static void append(StringBuilder s, int n, String word) {
            if (n > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(word);
            }
        }
    }

    /** A new statement: its speaker, its fullest wording, and the articles that carry it. */
    public record Statement(String speaker, String text, int articles, List<String> sourceIds) {
    }

    /** The first briefing of a reports folder (or a run that was given none): nothing to compare with. */
    public static SinceLastBriefing nothingToCompare() {
        return new SinceLastBriefing(null, null, List.of(), List.of());
    }

    public boolean hasPrevious() {
        return previousRun != null;
    }
}
