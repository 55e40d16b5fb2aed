package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.treatybriefing.merge.QuoteClusterer;

/**
 * Finds the same statement worded a little differently in two briefings, by the similarity the
 * run's own clustering uses ({@link QuoteClusterer}: word overlap, or the shorter wording inside
 * the longer). The previous briefing's wordings go in first, so a wording of this run that says
 * the same joins their cluster. Each group of wordings (a statement's quotes, a commitment's
 * sentence) gets the clusters its wordings fell in as keys: two groups that share a key say the
 * same thing.
 * <pre>{@code
 * // Ann Vale yesterday: "We will open the channel by spring"; today: "we will open the channel in spring"
 * SimilarWordings.keys(List.of("Ann Vale", "Ann Vale"),
 *         List.of(List.of("We will open the channel by spring"), List.of("we will open the channel in spring")));
 * // [[~0], [~0]]
 * }</pre>
 */
final class SimilarWordings {

    private SimilarWordings() {
    }

    /**
     * @param blocks one per group: only groups of the same block are compared (a speaker, an agreement)
     * @param texts  the wordings of each group, previous briefing's groups first
     * @return the keys of each group, in the order given
     */
    static List<List<String>> keys(List<String> blocks, List<List<String>> texts) {
        List<QuoteClusterer.Item> items = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        for (int g = 0; g < texts.size(); g++) {
            for (String t : texts.get(g)) {
                items.add(new QuoteClusterer.Item(items.size(), blocks.get(g), t));
                groupOf.add(g);
            }
        }
        int[] cluster = QuoteClusterer.cluster(items);
        List<Set<String>> keys = new ArrayList<>();
        for (int g = 0; g < texts.size(); g++) {
            keys.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < items.size(); i++) {
            keys.get(groupOf.get(i)).add("~" + cluster[i]);
        }
        return keys.stream().map(s -> (List<String>) new ArrayList<>(s)).toList();
    }
}
