package org.treatybriefing.nlp;

import java.util.List;

/** A sentence of an article: its span, its tokens and the paragraph it belongs to. */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {

    /** Index of the first token starting at or after the offset, or tokens().size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
