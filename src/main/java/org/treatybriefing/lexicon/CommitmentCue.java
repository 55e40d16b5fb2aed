package org.treatybriefing.lexicon;

import java.util.regex.Pattern;

/** Wording that marks a commitment, with the modality and polarity it gives. */
public record CommitmentCue(String cue, String modality, String polarity, Pattern pattern) {

    public static CommitmentCue of(String cue, String modality, String polarity) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}])");
        String[] words = cue.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                regex.append("\\s+");
            }
            if (w.endsWith("*")) {
                regex.append(Pattern.quote(w.substring(0, w.length() - 1))).append("\\p{L}*");
            } else {
                regex.append(Pattern.quote(w));
            }
        }
        regex.append("(?![\\p{L}])");
        return new CommitmentCue(cue, modality, polarity, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE));
    }
}
