package org.treatybriefing.extract;

/**
 * A quoted or reported statement of one article.
 *
 * @param kind       direct, partial or indirect
 * @param start      offset of the first quoted character in the article
 * @param end        offset after the last quoted character
 * @param confidence how sure the attributing rule is (0..1); 0 when no speaker was found
 * @param rule       the name of the rule that attributed it, for a reader who doubts it
 * @param role       "State|title" when the article only describes the speaker ("the Chilean
 *                   leader") and names no one who fits: another article may
 */
public record QuoteFact(String speaker, String speakerTitle, String speakerType, String kind,
                        String text, int start, int end, double confidence, String rule, String role) {
}
