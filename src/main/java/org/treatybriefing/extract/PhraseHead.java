package org.treatybriefing.extract;

import java.util.List;
import java.util.Optional;

import org.treatybriefing.nlp.Token;

/**
 * Who a noun phrase names when it names several:
 * <ul>
 * <li>its head, the name it ends with: "Harbour campaign spokeswoman Ann Vale" is Ann Vale, not
 * the candidate whose campaign it is; "the league's Tom Berg" is Tom Berg; but not after a
 * preposition or conjunction ("officials close to Ann Vale", "Ms Vale and Senator Tom Berg");</li>
 * <li>else the person who opens it and is not a possessor: "Sen. Ann Vale of Ohio" is Ann Vale;</li>
 * <li>else the organisation or state it ends with, else the first it names.</li>
 * </ul>
 */
final class PhraseHead {

    private PhraseHead() {
    }

    /** The mention standing for the phrase of tokens first..last of a sentence, among its mentions. */
    static Optional<Mention> of(List<Mention> mentions, List<Token> tokens, int first, int last) {
        Mention head = null;
        Mention opening = null;
        Mention other = null;
        for (Mention m : mentions) {
            if (m.firstToken() < first || m.lastToken() > last || m.kind() == Mention.Kind.TREATY) {
                continue;
            }
            if (!isPersonLike(m)) {
                other = other == null || m.lastToken() == last ? m : other;
                continue;
            }
            if (m.lastToken() == last && !separatedFromStart(tokens, first, m.firstToken())) {
                head = m;
            }
            boolean possessor = m.lastToken() + 1 < tokens.size() && tokens.get(m.lastToken() + 1).isPossessiveMark();
            if (opening == null && !possessor) {
                opening = m;
            }
        }
        return Optional.ofNullable(head != null ? head : opening != null ? opening : other);
    }

    /**
     * "officials close to Ann Vale", "Ms Vale and Senator Tom Berg": a name after a preposition
     * or a conjunction is not the phrase's head (the first of two who speak together stands for both).
     */
    private static boolean separatedFromStart(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String pos = tokens.get(i).pos();
            if ("ADP".equals(pos) || "CCONJ".equals(pos) || tokens.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    static boolean isPersonLike(Mention m) {
        return m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.ROLE;
    }
}
