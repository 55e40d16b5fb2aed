package org.treatybriefing.merge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The name uses of a run, counted rather than kept: a folder uses one name alike (same title,
 * affiliation, type and aliases) in many quotes and articles, and a merge of 100,000 articles
 * would otherwise hold a use per quote. Each tally keeps how often it was used, in which
 * articles, and when it was first and last used, so that {@link SpeakerMerger} merges the
 * tallies exactly as it would merge the uses one by one.
 * <p>
 * Example: "Ann Vale, minister" quoted three times in article 0 and once in article 4 is one
 * tally of 4 uses, articles {0, 4}.
 */
final class NameTallies {

    /** One name used alike; {@code first} and {@code last} number its first and last use among all uses. */
    static final class Tally {
        final SpeakerMerger.NameUse use;
        final RankSet sources = new RankSet();
        final long first;
        long last;
        int count;

        private Tally(SpeakerMerger.NameUse use, long first) {
            this.use = use;
            this.first = first;
        }

        String name() {
            return use.name();
        }
    }

    private record Alike(String name, String title, String affiliation, String type, List<String> aliases) {
    }

    private final Map<Alike, Tally> tallies = new LinkedHashMap<>(); // in the order of first use
    private long uses;

    static NameTallies of(List<SpeakerMerger.NameUse> uses) {
        NameTallies t = new NameTallies();
        uses.forEach(t::add);
        return t;
    }

    void add(SpeakerMerger.NameUse u) {
        long at = uses++;
        Tally t = tallies.computeIfAbsent(new Alike(u.name(), u.title(), u.affiliation(), u.type(), u.aliases()),
                k -> new Tally(u, at));
        t.count++;
        t.last = at;
        t.sources.add(u.source());
    }

    /** The tallies in the order of their first use. */
    Collection<Tally> all() {
        return tallies.values();
    }
}
