package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs the rows of the previous briefing with this one's, one to one, by what identifies them
 * (never by row ids, which are per run). Each pass gives every row its keys; a row not yet paired
 * takes the first row of the other side, in that side's order, not yet paired that shares a key.
 * A later pass pairs only what the earlier ones left. Indexed, so linear in the rows.
 * <pre>{@code
 * // speakers: the same name first, then a name of one that is an alias of the other
 * Pairing.pair(before, now, List.of(r -> List.of(r.name()), r -> r.nameAndAliases()));
 * }</pre>
 * A row left unpaired is <em>linked</em> when it shares a key with some row of the other side
 * all the same (two statements of this run that were one before): the caller decides whether
 * that still makes it new.
 */
final class Pairing {

    record Pair<T>(T before, T now) {
    }

    /** A row without a partner; linked: it shares a key with a row of the other side. */
    record Single<T>(T row, boolean linked) {
    }

    /** Pairs in the order of this run's rows; the rest of each side in its own order. */
    record Result<T>(List<Pair<T>> pairs, List<Single<T>> onlyNow, List<Single<T>> onlyBefore) {
    }

    private Pairing() {
    }

    static <T> Result<T> pair(List<T> before, List<T> now, List<Function<T, Collection<String>>> passes) {
        int[] partnerOfNow = new int[now.size()];
        Arrays.fill(partnerOfNow, -1);
        boolean[] pairedBefore = new boolean[before.size()];
        boolean[] linkedNow = new boolean[now.size()];
        boolean[] linkedBefore = new boolean[before.size()];
        for (Function<T, Collection<String>> keys : passes) {
            Map<String, List<Integer>> index = new HashMap<>();
            for (int i = 0; i < before.size(); i++) {
                for (String k : new LinkedHashSet<>(keys.apply(before.get(i)))) {
                    index.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
            Set<String> keysNow = new HashSet<>();
            Map<String, Integer> cursor = new HashMap<>();
            for (int j = 0; j < now.size(); j++) {
                Collection<String> ks = keys.apply(now.get(j));
                keysNow.addAll(ks);
                for (String k : ks) {
                    List<Integer> candidates = index.get(k);
                    if (candidates == null) {
                        continue;
                    }
                    linkedNow[j] = true;
                    if (partnerOfNow[j] >= 0) {
                        continue;
                    }
                    // paired rows stay paired: the cursor never needs to look back
                    int at = cursor.getOrDefault(k, 0);
                    while (at < candidates.size() && pairedBefore[candidates.get(at)]) {
                        at++;
                    }
                    cursor.put(k, at);
                    if (at < candidates.size()) {
                        partnerOfNow[j] = candidates.get(at);
                        pairedBefore[candidates.get(at)] = true;
                    }
                }
            }
            for (int i = 0; i < before.size(); i++) {
                for (String k : keys.apply(before.get(i))) {
                    if (keysNow.contains(k)) {
                        linkedBefore[i] = true;
                        break;
                    }
                }
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        List<Single<T>> onlyNow = new ArrayList<>();
        for (int j = 0; j < now.size(); j++) {
            if (partnerOfNow[j] >= 0) {
                pairs.add(new Pair<>(before.get(partnerOfNow[j]), now.get(j)));
            } else {
                onlyNow.add(new Single<>(now.get(j), linkedNow[j]));
            }
        }
        List<Single<T>> onlyBefore = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!pairedBefore[i]) {
                onlyBefore.add(new Single<>(before.get(i), linkedBefore[i]));
            }
        }
        return new Result<>(pairs, onlyNow, onlyBefore);
    }
}
