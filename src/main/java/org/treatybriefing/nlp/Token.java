package org.treatybriefing.nlp;

/** One token of a sentence, with its character span in the article, its UD part of speech and lemma. */
public record Token(String text, int start, int end, String pos, String lemma) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** The mark of a possessive: "'s", "’s", or the apostrophe of "the farmers'". */
    public boolean isPossessiveMark() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }

    /** A mark that can close a quotation: ” " » ’ '. */
    public boolean isClosingQuoteMark() {
        return text.equals("”") || text.equals("\"") || text.equals("»") || text.equals("’") || text.equals("'");
    }

    /** A double quotation mark, opening or closing: " “ ” « » or newswire '' and ``. */
    public boolean isDoubleQuoteMark() {
        return DOUBLE_QUOTE_MARKS.contains(text); // a set, not a regex: asked of every token of many sentences
    }

    private static final java.util.Set<String> DOUBLE_QUOTE_MARKS = java.util.Set.of("\"", "“", "”", "«", "»", "''", "``");

    /** The lemma in lower case, falling back to the token when the lemmatizer gave none. */
    public String lemmaOrText() {
        return lemma == null || lemma.isEmpty() || "O".equals(lemma) ? text.toLowerCase() : lemma.toLowerCase();
    }
}
