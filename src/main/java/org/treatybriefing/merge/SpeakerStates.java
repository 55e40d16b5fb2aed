package org.treatybriefing.merge;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.treatybriefing.extract.SpeakerFact;

/**
 * The state each speaker is introduced with ("Northland's minister Ann Vale"), counted as the
 * articles are read by the name each uses, and given by merged name at the end: the state most
 * articles give (on a tie, the first by name).
 * <p>
 * Example: "Ann Vale" introduced as Norland's twice and "Vale" as Sudmark's once: Ann Vale's state is Norland.
 */
final class SpeakerStates {

    private final Map<String, Map<String, Integer>> countsByName = new HashMap<>();

    void add(ArticleFacts a) {
        for (SpeakerFact f : a.extraction().speakers()) {
            if (!f.state().isEmpty()) {
                countsByName.computeIfAbsent(f.name(), k -> new HashMap<>()).merge(f.state(), 1, Integer::sum);
            }
        }
    }

    /** By merged name, its state. */
    Map<String, String> byMergedName(SpeakerMerger speakers) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        countsByName.forEach((name, byState) -> byState.forEach((state, n) ->
                counts.computeIfAbsent(speakers.canonical(name), k -> new TreeMap<>()).merge(state, n, Integer::sum)));
        Map<String, String> states = new TreeMap<>();
        counts.forEach((name, byState) -> states.put(name, byState.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return states;
    }
}
