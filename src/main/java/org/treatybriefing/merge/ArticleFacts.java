package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.List;

import org.treatybriefing.extract.Extraction;
import org.treatybriefing.extract.OtherAgreementFact;
import org.treatybriefing.extract.PartyFact;

/**
 * One article's extraction, with the source id it came from.
 *
 * @param besides null for an article; for the facts of another agreement an article speaks of
 *                ({@link #agreements()}), that article
 */
public record ArticleFacts(String sourceId, Extraction extraction, ArticleFacts besides) {

    public ArticleFacts(String sourceId, Extraction extraction) {
        this(sourceId, extraction, null);
    }

    /**
     * The article's agreements, each with its own facts: the article itself (the agreement it is
     * about, every state it names), then one per other agreement it speaks of, holding that
     * agreement's name, signatories, sections and commitments only.
     */
    public List<ArticleFacts> agreements() {
        List<ArticleFacts> all = new ArrayList<>(List.of(this));
        for (OtherAgreementFact other : extraction.otherAgreements()) {
            List<PartyFact> parties = extraction.parties().stream()
                    .filter(p -> other.signatories().contains(p.name()))
                    .map(p -> new PartyFact(p.name(), "signatory", p.aliases(), p.representatives(), p.mentions()))
                    .toList();
            all.add(new ArticleFacts(sourceId, new Extraction(other.treaty(), parties, other.sections(), other.commitments(),
                    List.of(), List.of(), List.of()), this));
        }
        return all;
    }
}
