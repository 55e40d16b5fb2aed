package org.treatybriefing.extract;

/**
 * What one article says of the agreement it is about; null fields were not said.
 *
 * @param name the agreement's name as the article gives it ("" when it names none)
 * @param kind what the article calls it when it names none: the agreement noun it uses most,
 *             with the word that says what it is about ("oil deal", "fisheries accord", "deal")
 * @param signedCity the city of {@code signedAt} ("Moscow" for "Kremlin"): two articles that name
 *             a city and a seat of government in it agree on where the treaty was signed
 */
public record TreatyFact(String name, String signedAt, Integer durationYears, Integer articlesTotal, String kind,
                         String signedCity) {

    public static final TreatyFact UNKNOWN = new TreatyFact("", "", null, null, "", "");

    public TreatyFact {
        kind = kind == null ? "" : kind; // stored by an extractor that did not know kinds
        signedCity = signedCity == null || signedCity.isBlank() ? signedAt : signedCity;
    }

    public TreatyFact(String name, String signedAt, Integer durationYears, Integer articlesTotal, String kind) {
        this(name, signedAt, durationYears, articlesTotal, kind, signedAt);
    }

    public TreatyFact(String name, String signedAt, Integer durationYears, Integer articlesTotal) {
        this(name, signedAt, durationYears, articlesTotal, "");
    }
}
