package org.treatybriefing.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/** Whether a sentence speaks of the treaty: a treaty noun, an article of it, a provision, the parties. */
final class TreatyReferences {

    private static final Pattern ARTICLE = Pattern.compile("\\bArticles?\\s+\\d+");
    private static final Pattern PARTIES = Pattern.compile("(?i)\\b(the parties|both parties|each party|both sides|"
            + "the signatories|this provision|the provision|the document|the documents|according to the (treaty|agreement|pact))\\b");
    /**
     * "the 2015 agreement", "a previous agreement", "a similar deal with Eastland", "other
     * agreements": another treaty than the one briefed.
     */
    private static final Pattern OTHER_TREATY = Pattern.compile("(?i)\\b(\\d{4}|previous|earlier|old|former|expired|similar|separate|"
            + "rival|another|other)\\s+([\\p{L}\\p{N}'’-]+\\s+){0,3}?$"); // words, no comma: "other threats, the treaty" is this one

    private final Vocabulary vocabulary;

    TreatyReferences(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** True when the sentence names this treaty (not an older or other one) or its parts. */
    boolean mentionsTreaty(Sentence s) {
        return PARTIES.matcher(s.text()).find() || namesATreaty(s);
    }

    /** A treaty noun (not of an older or other treaty) or a numbered article: the text is about a treaty. */
    boolean namesATreaty(Sentence s) {
        if (ARTICLE.matcher(s.text()).find()) {
            return true;
        }
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (vocabulary.isTreatyNoun(tok) && !isOtherTreaty(s, tok)) {
                return true;
            }
        }
        return false;
    }

    /** The treaty noun at this token names an older or other treaty ("the 2015 agreement"). */
    static boolean isOtherTreaty(Sentence s, Token treatyNoun) {
        return OTHER_TREATY.matcher(s.text().substring(0, treatyNoun.start() - s.start())).find();
    }

    /** "It covers ..." / "This includes ...": a sentence continuing the one before about the treaty. */
    static boolean continues(Sentence s) {
        String head = s.text().stripLeading().toLowerCase().replaceFirst("^(however|additionally|also|moreover|further|furthermore|in addition),\\s*", "");
        return head.startsWith("it ") || head.startsWith("this ") || head.startsWith("they ");
    }
}
