package org.treatybriefing.extract;

import java.util.List;

/**
 * Everything extracted from one article: a pure function of its text (and the lexicons).
 * {@code treaty}, {@code sections} and {@code commitments} are of the agreement the article is
 * about; {@code otherAgreements} are the others it speaks of, each with its own.
 */
public record Extraction(TreatyFact treaty, List<PartyFact> parties, List<SectionFact> sections,
                         List<CommitmentFact> commitments, List<QuoteFact> quotes,
                         List<SpeakerFact> speakers, List<AnalystFact> analysts,
                         List<OtherAgreementFact> otherAgreements) {

    public Extraction {
        otherAgreements = otherAgreements == null ? List.of() : otherAgreements; // stored before there were any
    }

    /** An article about one agreement at most. */
    public Extraction(TreatyFact treaty, List<PartyFact> parties, List<SectionFact> sections,
                      List<CommitmentFact> commitments, List<QuoteFact> quotes,
                      List<SpeakerFact> speakers, List<AnalystFact> analysts) {
        this(treaty, parties, sections, commitments, quotes, speakers, analysts, List.of());
    }
}
