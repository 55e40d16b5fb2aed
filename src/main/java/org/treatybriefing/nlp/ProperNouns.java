package org.treatybriefing.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The UD tagger often takes a name it has never seen for a common word ("Ann/NOUN
 * Vale/ADV"). English capitalises a word inside a sentence only when it is a name, so:
 * <ol>
 * <li>a capitalised content word inside a sentence is a proper noun ("the age of Vale" - Vale);</li>
 * <li>a capitalised word opening a sentence is one when the same article capitalises it inside
 * a sentence ("Vale also noted ..." after "... said Ann Vale"), or when a proper noun follows it
 * ("Ann/VERB Vale/PROPN said").</li>
 * </ol>
 * Words after a quotation mark, colon or dash open a sentence of their own and prove nothing;
 * neither do sentences in title case (a headline: "Minister Signs Trade Pact").
 */
final class ProperNouns {

    /** Tags a name may wrongly get; function words (DET, ADP, PRON, ...) are never names. */
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "ADJ", "ADV", "VERB", "X", "INTJ");

    private ProperNouns() {
    }

    static List<Sentence> retag(List<Sentence> sentences) {
        Set<String> names = new HashSet<>();
        for (Sentence s : sentences) {
            if (isTitleCase(s.tokens())) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int i = 1; i < t.size(); i++) {
                Token tok = t.get(i);
                boolean nameLike = "PROPN".equals(tok.pos()) || CONTENT_TAGS.contains(tok.pos());
                if (isCapitalisedWord(tok) && nameLike && !opensAClause(t, i)) {
                    names.add(tok.text());
                }
            }
        }
        if (names.isEmpty()) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(retag(s, names, isTitleCase(s.tokens())));
        }
        return out;
    }

    private static Sentence retag(Sentence s, Set<String> names, boolean titleCase) {
        List<Token> t = s.tokens();
        List<Token> tokens = null;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            boolean inside = i > 0 && !opensAClause(t, i) && !titleCase;
            boolean name = CONTENT_TAGS.contains(tok.pos()) && isCapitalisedWord(tok)
                    && (inside || names.contains(tok.text()) || i == 0 && firstNameOfAName(t));
            if (name) {
                if (tokens == null) {
                    tokens = new ArrayList<>(t);
                }
                tokens.set(i, new Token(tok.text(), tok.start(), tok.end(), "PROPN", tok.text().toLowerCase()));
            }
        }
        return tokens == null ? s : new Sentence(s.index(), s.paragraph(), s.start(), s.end(), s.text(), List.copyOf(tokens));
    }

    /**
     * "Ann/VERB Vale/PROPN, a friend of ...": a sentence opening with a word the tagger calls a
     * verb, adverb or noun right before a proper noun opens with a name.
     */
    private static boolean firstNameOfAName(List<Token> t) {
        String pos = t.get(0).pos();
        return t.size() > 2 && ("VERB".equals(pos) || "ADV".equals(pos) || "NOUN".equals(pos))
                && "PROPN".equals(t.get(1).pos()) && isCapitalisedWord(t.get(1));
    }

    /** A capitalised word of letters (not "I", not an all-capital shout of one letter). */
    private static boolean isCapitalisedWord(Token t) {
        String w = t.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1));
    }

    /** After a quotation mark, colon, dash or bracket a new clause may start with a capital. */
    private static boolean opensAClause(List<Token> t, int i) {
        String prev = t.get(i - 1).text();
        return prev.equals("\"") || prev.equals("“") || prev.equals("‘") || prev.equals("'") || prev.equals(":")
                || prev.equals("—") || prev.equals("–") || prev.equals("-") || prev.equals("(") || prev.equals(";")
                || prev.equals("?") || prev.equals("!") || prev.equals("«");
    }

    /** Most words capitalised, as in a headline. */
    private static boolean isTitleCase(List<Token> t) {
        int words = 0;
        int capitalised = 0;
        for (Token tok : t) {
            if (tok.text().length() > 3 && Character.isLetter(tok.text().charAt(0))) {
                words++;
                if (Character.isUpperCase(tok.text().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }
}
