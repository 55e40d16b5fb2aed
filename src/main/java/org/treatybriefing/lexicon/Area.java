package org.treatybriefing.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/** An area of cooperation of the taxonomy, and the pattern of the words that name it. */
public record Area(String label, List<String> wording, Pattern pattern) {

    /** Builds the word-boundary pattern; a trailing * in the wording matches any word ending. */
    public static Area of(String label, List<String> wording) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}-])(?:");
        for (int i = 0; i < wording.size(); i++) {
            String w = wording.get(i);
            if (i > 0) {
                regex.append('|');
            }
            if (w.endsWith("*")) {
                regex.append(Pattern.quote(w.substring(0, w.length() - 1))).append("[\\p{L}]*");
            } else {
                regex.append(Pattern.quote(w));
            }
        }
        regex.append(")(?![\\p{L}\\p{N}]|-[\\p{L}])");
        return new Area(label, List.copyOf(wording), Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE));
    }
}
