package org.treatybriefing.lexicon;

import java.util.regex.Pattern;

/**
 * Wording that marks a commitment, with the modality and polarity it gives. The words of a cue
 * may be parted by one adverb that changes nothing of it: "will set up" also matches "will also
 * set up", "agreed to" "agreed jointly to" (never by "not", which turns it round).
 */
public record CommitmentCue(String cue, String modality, String polarity, Pattern pattern) {

    private static final String NEUTRAL_ADVERB = "(?:(?:also|further|then|now|still|jointly|formally|eventually|immediately|gradually)\\s+)?";

    public static CommitmentCue of(String cue, String modality, String polarity) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}])");
        String[] words = cue.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                regex.append("\\s+").append(NEUTRAL_ADVERB);
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
