package org.treatybriefing.extract;

import java.util.List;

/** Everything extracted from one article: a pure function of its text (and the lexicons). */
public record Extraction(TreatyFact treaty, List<PartyFact> parties, List<SectionFact> sections,
                         List<CommitmentFact> commitments, List<QuoteFact> quotes,
                         List<SpeakerFact> speakers, List<AnalystFact> analysts) {
}
