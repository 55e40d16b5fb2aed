package org.treatybriefing.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The span-level figures of ../shared/tools/score_quotes.py, computed the same way in Java so a
 * test can hold quote extraction to floors on a span-level gold (PolNeAR) without running the job.
 * A gold quote is found when one remaining prediction of its article covers more than the
 * threshold share of its characters (the union of its segments); gold quotes are taken in order,
 * each taking the best-covering prediction (the first on a tie). Unmatched predictions are false
 * positives. Speakers are compared by last name token over found quotes whose gold speaker is known.
 */
final class QuoteSpanScorer {

    /**
     * One predicted quote. Offsets count Unicode code points, as Python's do (the gold's too).
     * The script falls back to finding the quote's text when its offsets are out of range; the
     * extractor's never are, so that fallback is not ported and an empty span is a false positive.
     */
    record Prediction(String speaker, int start, int end) {
    }

    /** The figures score_quotes.py prints for one threshold. */
    record Figures(double threshold, double precision, double recall, double f1, double speakerAccuracy,
                   int speakersScored, int speakersBlank, int speakersWrong,
                   double recallMarked, double recallUnmarked, int tp, int fp, int fn) {

        /** The script's own line, to compare by eye with its output. */
        String line() {
            return String.format(Locale.ROOT, "quotes @%s: P %.3f R %.3f F1 %.3f  speaker accuracy %.3f over %d "
                            + "(%d blank, %d wrong)  recall with quote marks %.3f, without %.3f  (tp %d fp %d fn %d)",
                    threshold, precision, recall, f1, speakerAccuracy, speakersScored, speakersBlank, speakersWrong,
                    recallMarked, recallUnmarked, tp, fp, fn);
        }
    }

    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201c\u201d\u00ab\u00bb]|''");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private QuoteSpanScorer() {
    }

    /**
     * Scores the predictions (by source_id, the text's file name) against the gold files; articles
     * with no gold file are not scored, as in the script.
     */
    static Figures score(List<Path> goldFiles, Map<String, List<Prediction>> predictions, double threshold)
            throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        int tp = 0, fp = 0, fn = 0, spk = 0, spkN = 0, spkBlank = 0, marked = 0, markedFound = 0, unmarked = 0, unmarkedFound = 0;
        for (Path file : goldFiles) {
            JsonNode g = json.readTree(Files.readString(file));
            List<Prediction> preds = predictions.getOrDefault(g.get("source_id").stringValue(), List.of());
            List<Prediction> remaining = new ArrayList<>(preds.stream().filter(p -> p.start() < p.end()).toList());
            fp += preds.size() - remaining.size();
            for (JsonNode q : g.get("quotes")) {
                BitSet gs = goldChars(q);
                boolean hasMarks = QUOTE_MARK.matcher(q.get("text").stringValue()).find();
                if (hasMarks) {
                    marked++;
                } else {
                    unmarked++;
                }
                Prediction best = null;
                double bestScore = 0.0;
                for (Prediction p : remaining) {
                    double sc = (double) gs.get(p.start(), p.end()).cardinality() / gs.cardinality();
                    if (sc > threshold && sc > bestScore) {
                        best = p;
                        bestScore = sc;
                    }
                }
                if (best == null) {
                    fn++;
                    continue;
                }
                tp++;
                if (hasMarks) {
                    markedFound++;
                } else {
                    unmarkedFound++;
                }
                remaining.remove(best);
                String goldSpeaker = text(q.get("speaker"));
                if (!goldSpeaker.isBlank()) {
                    spkN++;
                    String got = best.speaker() == null ? "" : best.speaker();
                    if (surname(got).equals(surname(goldSpeaker))) {
                        spk++;
                    } else if (got.isBlank()) {
                        spkBlank++;
                    }
                }
            }
            fp += remaining.size();
        }
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        return new Figures(threshold, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0,
                spkN > 0 ? (double) spk / spkN : 0.0, spkN, spkBlank, spkN - spk - spkBlank,
                marked > 0 ? (double) markedFound / marked : 0.0,
                unmarked > 0 ? (double) unmarkedFound / unmarked : 0.0, tp, fp, fn);
    }

    /** A split quote is the union of its segments' characters; otherwise start..end. */
    private static BitSet goldChars(JsonNode q) {
        BitSet chars = new BitSet();
        JsonNode segments = q.get("segments");
        if (segments != null && segments.isArray() && !segments.isEmpty()) {
            segments.forEach(s -> chars.set(s.get(0).intValue(), s.get(1).intValue()));
        } else {
            chars.set(q.get("start").intValue(), q.get("end").intValue());
        }
        return chars;
    }

    /** The last lower-cased NFKD alphanumeric token: "Sen. Ann Vale" gives "vale". */
    static String surname(String name) {
        Matcher m = TOKEN.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT));
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    private static String text(JsonNode n) {
        return n != null && n.isString() ? n.stringValue() : "";
    }
}
