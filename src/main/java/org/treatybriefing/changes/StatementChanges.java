package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.SinceLastBriefing;

/**
 * Statements (quote clusters) new since the previous briefing or gone from it, and statements
 * carried by other articles than before. A statement is its speaker and the wordings of its
 * quotes; it is the previous briefing's statement when it has one of its wordings, else when the
 * clusterer finds a wording the same ({@link WordingPairing}), its speaker followed across a
 * change of name. Indirect quotes, which are not clustered, are not statements here.
 * <pre>
 * added   | quotes | Ann Vale | We will open the channel by spring            |              | 2            | a.txt; d.txt
 * changed | quotes | Ann Vale | The accord is fair | articles                 | a.txt        | a.txt; d.txt | a.txt; d.txt
 * </pre>
 * {@code after} of an added statement (and {@code before} of a removed one) is its number of
 * articles.
 */
final class StatementChanges {

    private static final BriefingTable TABLE = BriefingTable.QUOTES;

    /** A quote cluster: its fullest wording shows it; every wording identifies it. {@code sources}: sorted, each once. */
    private record Statement(String speaker, String text, List<String> wordings, List<String> sources) {

        String key() {
            return Texts.key(speaker, text);
        }
    }

    /** The changes, and the new statements, the most corroborated first. */
    record Result(List<Change> changes, List<SinceLastBriefing.Statement> added) {
    }

    private StatementChanges() {
    }

    static Result compare(QuoteClusters beforeQuotes, QuoteClusters nowQuotes, SpeakerChanges.Result speakers) {
        WordingPairing.Result<Statement> paired = WordingPairing.pair(statements(beforeQuotes, speakers::nameNow),
                statements(nowQuotes, UnaryOperator.identity()), Statement::speaker, Statement::wordings);
        List<Statement> added = new ArrayList<>(paired.added());
        // the most corroborated first; a stable sort keeps the run's order among equals
        added.sort(Comparator.comparingInt((Statement s) -> -s.sources().size()));
        List<Change> changes = new ArrayList<>();
        for (Statement s : added) {
            changes.add(Change.added(TABLE, s.key(), String.valueOf(s.sources().size()), Texts.join(s.sources())));
        }
        for (Statement s : paired.removed()) {
            changes.add(Change.removed(TABLE, s.key(), String.valueOf(s.sources().size()), Texts.join(s.sources())));
        }
        for (Pairing.Pair<Statement> p : paired.pairs()) {
            if (!p.before().sources().equals(p.now().sources())) {
                String articles = Texts.join(p.now().sources());
                changes.add(Change.changed(TABLE, Texts.key(p.now().key(), "articles"), Texts.join(p.before().sources()),
                        articles, articles));
            }
        }
        List<SinceLastBriefing.Statement> shown = added.stream()
                .filter(s -> !s.speaker().isEmpty())
                .map(s -> new SinceLastBriefing.Statement(s.speaker(), s.text(), s.sources().size(), List.copyOf(s.sources())))
                .toList();
        return new Result(changes, shown);
    }

    /** A statement per cluster, in the order the clusters first appear; the speaker by their name now. */
    private static List<Statement> statements(QuoteClusters quotes, UnaryOperator<String> speakerNow) {
        List<Statement> statements = new ArrayList<>();
        for (QuoteClusters.Cluster c : quotes.all()) {
            // the fullest wording, the first among equally long ones (as the Summary shows a statement)
            String text = c.wordings().stream().max(Comparator.comparingInt(String::length)).orElse("");
            for (String w : c.wordings()) {
                if (w.length() == text.length()) {
                    text = w;
                    break;
                }
            }
            statements.add(new Statement(speakerNow.apply(c.speaker()), text, c.wordings(),
                    c.sources().stream().sorted().distinct().toList()));
        }
        return statements;
    }
}
