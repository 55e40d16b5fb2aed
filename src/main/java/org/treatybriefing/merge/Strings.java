package org.treatybriefing.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of each equal string a merge keeps: the articles of a folder repeat the same
 * names, titles and quoted statements many times, and each article read from the staging store
 * brings its own copies. {@code strings.of("Ann Vale")} gives the same instance every time.
 */
final class Strings {

    private final Map<String, String> pool = new HashMap<>();
    private final Map<List<String>, List<String>> lists = new HashMap<>();

    String of(String s) {
        return s == null ? null : pool.computeIfAbsent(s, k -> k);
    }

    /** A name use whose strings and alias list are shared with equal ones. */
    SpeakerMerger.NameUse use(String sourceId, String name, String title, String affiliation, String type,
                              List<String> aliases) {
        List<String> shared = aliases.isEmpty() ? List.of()
                : lists.computeIfAbsent(aliases, k -> k.stream().map(this::of).toList());
        return new SpeakerMerger.NameUse(of(sourceId), of(name), of(title), of(affiliation), of(type), shared);
    }
}
