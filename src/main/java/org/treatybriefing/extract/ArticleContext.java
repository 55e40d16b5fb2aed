package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.treatybriefing.nlp.AnalyzedText;
import org.treatybriefing.nlp.Sentence;

/** What every extractor of one article shares: the analysed text, its quotes, mentions and people. */
record ArticleContext(AnalyzedText text, List<QuoteSpan> quotes, QuoteMask mask, List<Mention> mentions,
                      People people, List<List<Mention>> mentionsBySentence) {

    static ArticleContext of(AnalyzedText text, List<QuoteSpan> quotes, QuoteMask mask, List<Mention> mentions,
                             People people) {
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            bySentence.get(m.sentence()).add(m);
        }
        return new ArticleContext(text, quotes, mask, mentions, people, bySentence);
    }

    List<Mention> mentionsIn(int sentence) {
        return mentionsBySentence.get(sentence);
    }

    /**
     * The first person, pronoun or role standing as a subject outside quotation marks, among the
     * mentions of a sentence from token {@code from} to before token {@code before}: whom the
     * sentence's main clause is about ("Vale went after Berg on Monday, saying ...").
     */
    Optional<Mention> firstPersonSubject(int sentence, int from, int before) {
        return mentionsIn(sentence).stream()
                .filter(m -> m.firstToken() >= from && m.lastToken() < before && m.subject()
                        && !mask.inside(m.start()) && PhraseHead.isPersonLike(m))
                .findFirst();
    }

    boolean hasQuoteIn(Sentence s) {
        return mask.overlaps(s.start(), s.end());
    }

    /** The sentence with its quotations (marks included) blanked out, same length: the writer's own words. */
    String unquoted(Sentence s) {
        if (!hasQuoteIn(s)) {
            return s.text();
        }
        StringBuilder sb = new StringBuilder(s.text());
        for (int i = 0; i < sb.length(); i++) {
            if (mask.inside(s.start() + i)) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
