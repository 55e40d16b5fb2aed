package org.treatybriefing.extract;

import java.util.List;

/** A sentence stating an obligation, undertaking or exclusion of the treaty. */
public record CommitmentFact(List<String> parties, String modality, String polarity, String area, String text) {
}
