package org.treatybriefing.extract;

/** What one article says of the treaty itself; null fields were not said. */
public record TreatyFact(String name, String signedAt, Integer durationYears, Integer articlesTotal) {

    public static final TreatyFact UNKNOWN = new TreatyFact("", "", null, null);
}
