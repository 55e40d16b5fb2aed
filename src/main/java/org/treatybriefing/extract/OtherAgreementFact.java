package org.treatybriefing.extract;

import java.util.List;

/**
 * A second agreement an article speaks of beside the one it is about ("the 1990 accord", "a
 * successor treaty", another named one), with what the article's sentences about it say.
 *
 * @param treaty      its name ("" when the article names none) and kind ("1990 accord", "new treaty")
 * @param signatories the states the article presents as its parties ("Norland ended an accord with Sudmark")
 */
public record OtherAgreementFact(TreatyFact treaty, List<String> signatories, List<SectionFact> sections,
                                 List<CommitmentFact> commitments) {

    public OtherAgreementFact {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        sections = sections == null ? List.of() : List.copyOf(sections);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
