package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.treatybriefing.extract.Extraction;
import org.treatybriefing.extract.OtherAgreementFact;

/**
 * The merge's first pass: the agreements of the run ({@link TreatyMerger}) and which agreement
 * each article, and each other agreement it speaks of, is about. Of each article it keeps only
 * the facts that make or join a card ({@link TreatyMerger#takesPart}): its agreement's name,
 * kind, facts and parties; the other tables read the articles again and ask {@link #nameOf}.
 * <p>
 * Example: articles 0 and 2 name "the Fjord Treaty", article 1 names none and no signatory:
 * {@code nameOf(0, 0)} and {@code nameOf(2, 0)} are "Fjord Treaty", {@code nameOf(1, 0)} is "".
 */
final class AgreementIndex {

    private final List<TreatyMerger.Merged> treaties;
    /** By article rank and the agreement's place in {@link ArticleFacts#agreements()}: see {@link #key}. */
    private final Map<Long, TreatyMerger.Merged> byPlace = new HashMap<>();

    private AgreementIndex(List<TreatyMerger.Merged> treaties) {
        this.treaties = treaties;
    }

    /** Reads every article's agreement facts once and merges the agreements. */
    static AgreementIndex read(MergeInput input, SourceIds ids, Strings strings) {
        List<ArticleFacts> members = new ArrayList<>();
        Map<ArticleFacts, Long> placeOf = new IdentityHashMap<>(); // equal facts of two articles are two
        input.forEachAgreementFacts(a -> {
            int rank = ids.rank(a.sourceId());
            List<ArticleFacts> agreements = agreementFacts(a, strings).agreements();
            for (int i = 0; i < agreements.size(); i++) {
                if (TreatyMerger.takesPart(agreements.get(i))) {
                    members.add(agreements.get(i));
                    placeOf.put(agreements.get(i), key(rank, i));
                }
            }
        });
        AgreementIndex index = new AgreementIndex(TreatyMerger.merge(members));
        index.treaties.forEach(t -> t.members().forEach(m -> index.byPlace.put(placeOf.get(m), t)));
        return index;
    }

    /** The agreements, the one most articles are about first. */
    List<TreatyMerger.Merged> treaties() {
        return treaties;
    }

    /** The name of the agreement the {@code place}-th of an article's agreements is; "" for none. */
    String nameOf(int rank, int place) {
        TreatyMerger.Merged t = byPlace.get(key(rank, place));
        return t == null ? "" : t.card().name();
    }

    /** The name of the agreement most articles are about; "" when the run has none. */
    String mainName() {
        return treaties.isEmpty() ? "" : treaties.get(0).card().name();
    }

    /** The source ids of the articles about the main agreement. */
    Set<String> aboutMain() {
        return treaties.isEmpty() ? Set.of() : treaties.get(0).sources();
    }

    /** Only what {@link TreatyMerger} reads, with its strings shared: an article may be kept until the cards are made. */
    private static ArticleFacts agreementFacts(ArticleFacts a, Strings strings) {
        Extraction e = a.extraction();
        List<OtherAgreementFact> others = e.otherAgreements().stream()
                .map(o -> new OtherAgreementFact(strings.shared(o.treaty()), strings.list(o.signatories()), List.of(), List.of()))
                .toList();
        return new ArticleFacts(a.sourceId(), new Extraction(strings.shared(e.treaty()), strings.parties(e.parties()),
                List.of(), List.of(), List.of(), List.of(), List.of(), others));
    }

    private static long key(int rank, int place) {
        return (long) rank << 16 | place;
    }
}
