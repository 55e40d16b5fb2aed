package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs groups of wordings across two briefings, statements or commitments, where the same
 * thing may be worded a little differently and the two runs may group the wordings differently:
 * first by a wording both have ({@link Pairing}, case and spacing ignored), then by a wording
 * the clusterer takes for the same ({@link SimilarWordings}). A group of this briefing is new
 * only when no group of the previous one has such a wording, and gone likewise; a group that
 * shares one with a group already paired is neither (two statements today that were one
 * yesterday).
 * <pre>{@code
 * WordingPairing.Result<Statement> r = WordingPairing.pair(yesterday, today, Statement::speaker, Statement::wordings);
 * r.pairs();    // the same statement on both days: compare the articles that carry it
 * r.added();    // said for the first time
 * r.removed();  // no longer in any article
 * }</pre>
 */
final class WordingPairing {

    record Result<T>(List<Pairing.Pair<T>> pairs, List<T> added, List<T> removed) {
    }

    private WordingPairing() {
    }

    static <T> Result<T> pair(List<T> before, List<T> now, Function<T, String> block, Function<T, List<String>> wordings) {
        Function<T, Collection<String>> exact = g -> wordings.apply(g).stream()
                .map(w -> block.apply(g) + "\u0000" + Texts.same(w)).toList();
        Pairing.Result<T> same = Pairing.pair(before, now, List.of(exact));
        List<Pairing.Pair<T>> pairs = new ArrayList<>(same.pairs());
        Set<T> pairedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
        same.pairs().forEach(p -> pairedBefore.add(p.before()));

        // only what no wording links is looked up by similarity: in a nightly run, the few new or gone
        List<T> added = new ArrayList<>();
        List<T> unlinkedNow = same.onlyNow().stream().filter(s -> !s.linked()).map(Pairing.Single::row).toList();
        if (!unlinkedNow.isEmpty()) {
            SimilarWordings<T> previous = new SimilarWordings<>(before, block, wordings);
            for (T g : unlinkedNow) {
                List<T> similar = new ArrayList<>();
                for (String w : wordings.apply(g)) {
                    similar.addAll(previous.similarTo(block.apply(g), w));
                }
                if (similar.isEmpty()) {
                    added.add(g);
                    continue;
                }
                similar.stream().filter(b -> !pairedBefore.contains(b)).findFirst().ifPresent(b -> {
                    pairs.add(new Pairing.Pair<>(b, g));
                    pairedBefore.add(b);
                });
            }
        }
        List<T> removed = new ArrayList<>();
        List<T> unlinkedBefore = same.onlyBefore().stream().filter(s -> !s.linked() && !pairedBefore.contains(s.row()))
                .map(Pairing.Single::row).toList();
        if (!unlinkedBefore.isEmpty()) {
            SimilarWordings<T> current = new SimilarWordings<>(now, block, wordings);
            for (T g : unlinkedBefore) {
                boolean said = false;
                for (String w : wordings.apply(g)) {
                    said = said || !current.similarTo(block.apply(g), w).isEmpty();
                }
                if (!said) {
                    removed.add(g);
                }
            }
        }
        // in the order of this briefing's rows, those paired by similarity among the others
        Map<T, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < now.size(); i++) {
            position.put(now.get(i), i);
        }
        pairs.sort(Comparator.comparingInt(p -> position.get(p.now())));
        return new Result<>(pairs, added, removed);
    }
}
