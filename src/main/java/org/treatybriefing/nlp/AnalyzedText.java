package org.treatybriefing.nlp;

import java.util.List;

/** An article's text split into paragraphs and sentences, each sentence tokenized and tagged. */
public record AnalyzedText(String text, List<Paragraph> paragraphs, List<Sentence> sentences) {

    /** A paragraph's span; boilerplate lines ("Advertisement", "Also read | ...") are marked. */
    public record Paragraph(int index, int start, int end, boolean boilerplate) {
    }

    /** The sentence holding the offset, or the last one before it. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence best = sentences.isEmpty() ? null : sentences.get(0);
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.start() <= offset) {
                best = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    public Paragraph paragraphAt(int offset) {
        for (Paragraph p : paragraphs) {
            if (offset >= p.start() && offset < p.end()) {
                return p;
            }
        }
        return paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
    }
}
