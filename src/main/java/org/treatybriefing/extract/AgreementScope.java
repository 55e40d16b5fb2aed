package org.treatybriefing.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Which sentences and agreement nouns of an article are about one of its agreements: the one it
 * is about, or another it speaks of beside it ({@link OtherAgreements}). Each agreement's parties,
 * areas, commitments and facts come only from its own sentences.
 *
 * @param sentences   sentences that may tell of it (the others' own sentences are not the main one's)
 * @param mentionedIn sentences that speak of it ("the accord", "both parties", "Article 4")
 * @param nouns       the agreement nouns that are it ("the accord", not "the 1990 accord" in an article about another)
 */
record AgreementScope(Predicate<Sentence> sentences, Predicate<Sentence> mentionedIn, BiPredicate<Sentence, Token> nouns) {

    /** The agreement the article is about: every sentence but those about another agreement only. */
    static AgreementScope main(TreatyReferences references, List<OtherAgreements.Found> others) {
        Set<Integer> theirs = new HashSet<>();
        Set<Integer> theirNouns = new HashSet<>();
        others.forEach(o -> {
            theirs.addAll(o.sentences());
            theirNouns.addAll(o.nouns());
        });
        return new AgreementScope(s -> !theirs.contains(s.index()),
                s -> !theirs.contains(s.index()) && references.mentionsTreaty(s),
                (s, noun) -> !theirNouns.contains(noun.start()) && !TreatyReferences.isOtherTreaty(s, noun));
    }

    /** Another agreement of the article: its own sentences and nouns. */
    static AgreementScope of(OtherAgreements.Found other) {
        return new AgreementScope(s -> other.sentences().contains(s.index()), s -> other.sentences().contains(s.index()),
                (s, noun) -> other.nouns().contains(noun.start()));
    }
}
