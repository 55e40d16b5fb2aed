package org.treatybriefing.merge;

import java.util.List;

/**
 * What the Summary sheet shows first: one card per agreement (the one most articles are about
 * first), parties, top statements, speakers, areas.
 */
public record Summary(int articlesRead, int articlesRejected, List<TreatyCard> treaties, List<PartyLine> parties,
                      List<Statement> topStatements, List<Count> speakers, List<Count> areas) {

    /** The treaty as most articles give it; disagreements list the other values with their sources. */
    public record TreatyCard(String name, List<String> aliases, String signedAt, Integer durationYears,
                             Integer articlesTotal, List<String> parties, List<String> disagreements) {
    }

    /** A state's line: its role in the agreement named ("" for a state of articles about none). */
    public record PartyLine(String name, String role, List<String> representatives, int articles, String treaty) {
    }

    public record Statement(String speaker, String text, int articles, List<String> sourceIds) {
    }

    public record Count(String label, int count) {
    }
}
