package org.treatybriefing.report;

import java.util.List;

/**
 * What the Summary sheet shows: one card per agreement (the one most articles are about first),
 * the parties and who speaks for them, the most corroborated statements, the speakers, the areas.
 * The merge step fills it; the Summary sheet is its only reader.
 *
 * @param articlesRead     news articles of the seed folder that were read (not the articles of a treaty's text)
 * @param articlesRejected files of the seed folder that could not be read as an article
 */
public record Summary(int articlesRead, int articlesRejected, List<TreatyCard> treaties, List<PartyLine> parties,
                      List<Statement> topStatements, List<SpeakerLine> speakers, List<Count> areas) {

    /**
     * The treaty as most articles give it; disagreements list the other values with their sources.
     *
     * @param articlesTotal the numbered articles of the treaty's own text ("a 47-article treaty")
     */
    public record TreatyCard(String name, List<String> aliases, String signedAt, Integer durationYears,
                             Integer articlesTotal, List<String> parties, List<String> disagreements) {
    }

    /**
     * A state's line: its role in the agreement named ("" for a state of articles about none).
     *
     * @param representatives who speaks for it, the most quoted first
     * @param articles        the news articles that name it
     */
    public record PartyLine(String name, String role, List<String> representatives, int articles, String treaty) {
    }

    /**
     * A statement several articles carry.
     *
     * @param stories   the distinct stories that carry it: versions of one story (the same headline,
     *                  near-duplicate texts) count once
     * @param sourceIds every article that carries it
     * @param headlines one headline per story, with its outlet, as the Sources table gives them
     */
    public record Statement(String speaker, String text, int stories, List<String> sourceIds, List<Headline> headlines) {
    }

    /**
     * A story as the Summary names it: its headline, then its outlet where the article declares one.
     *
     * @param outlet "" where the article declares none
     */
    public record Headline(String title, String outlet) {
    }

    /**
     * A speaker by number of quotes.
     *
     * @param type        official, analyst, media, organization, document or other
     * @param affiliation title and organisation or state, as far as the articles say ("President, Northland")
     */
    public record SpeakerLine(String name, String type, String affiliation, int quotes) {
    }

    public record Count(String label, int count) {
    }
}
