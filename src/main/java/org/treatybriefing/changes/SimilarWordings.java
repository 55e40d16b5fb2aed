package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.treatybriefing.merge.QuoteClusterer;

/**
 * The groups of wordings of one briefing (a statement's quotes, a commitment's sentence), indexed
 * by word, to find those that say what a wording of the other briefing says, by the similarity
 * the run's own clustering uses ({@link QuoteClusterer#sameStatement}: word overlap, or the
 * shorter wording inside the longer). Only groups of the same block are compared (a speaker, an
 * agreement). As the clusterer does, a wording is compared with a bounded number of candidates,
 * those sharing its rarest words first, so a look-up stays cheap however many wordings there are.
 * <pre>{@code
 * SimilarWordings<Statement> yesterday = new SimilarWordings<>(statements, Statement::speaker, Statement::wordings);
 * yesterday.similarTo("Ann Vale", "we will open the channel in spring");
 * // [the statement "We will open the channel by spring"]
 * }</pre>
 */
final class SimilarWordings<T> {

    /** Wordings compared with one wording at most (the clusterer's bound). */
    private static final int MAX_CANDIDATES = 64;

    private record Wording<T>(T group, String text) {
    }

    private final Map<String, List<Wording<T>>> byWord = new HashMap<>();

    SimilarWordings(List<T> groups, Function<T, String> block, Function<T, List<String>> wordings) {
        for (T g : groups) {
            for (String text : wordings.apply(g)) {
                Wording<T> w = new Wording<>(g, text);
                for (String word : words(text)) {
                    byWord.computeIfAbsent(block.apply(g) + "\u0000" + word, k -> new ArrayList<>()).add(w);
                }
            }
        }
    }

    /** The groups with a wording that says the same as {@code text}, those found first first. */
    List<T> similarTo(String block, String text) {
        List<List<Wording<T>>> postings = new ArrayList<>();
        for (String word : words(text)) {
            List<Wording<T>> p = byWord.get(block + "\u0000" + word);
            if (p != null) {
                postings.add(p);
            }
        }
        // rarest words first: common ones would spend the candidates on wordings that share only them
        postings.sort(Comparator.comparingInt(List::size));
        // by identity: a group is one row of one briefing, however alike two rows are
        Set<Wording<T>> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<T> found = Collections.newSetFromMap(new IdentityHashMap<>());
        List<T> similar = new ArrayList<>();
        for (List<Wording<T>> p : postings) {
            for (Wording<T> w : p) {
                if (tried.size() >= MAX_CANDIDATES) {
                    return similar;
                }
                if (tried.add(w) && QuoteClusterer.sameStatement(text, w.text()) && found.add(w.group())) {
                    similar.add(w.group());
                }
            }
        }
        return similar;
    }

    /** The distinct words of a wording, for finding candidates (the comparison itself is the clusterer's). */
    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
