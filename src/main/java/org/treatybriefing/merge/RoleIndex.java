package org.treatybriefing.merge;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.treatybriefing.extract.People;
import org.treatybriefing.extract.SpeakerFact;

/**
 * Names the speaker an article only describes ("the Chilean leader said") from the persons the
 * other articles introduce with that state and title: when exactly one person fits, the quote
 * is theirs; otherwise it stays without a speaker.
 */
final class RoleIndex {

    private record Known(String name, String state, String title) {
    }

    private final Set<Known> known = new LinkedHashSet<>();

    /** The persons an article introduces with a state and a title. */
    void add(ArticleFacts a) {
        for (SpeakerFact s : a.extraction().speakers()) {
            if (!s.state().isEmpty() && !s.title().isEmpty()) {
                known.add(new Known(s.name(), s.state(), s.title()));
            }
        }
    }

    /** The one person who fits "State|title", by their merged name; the article (a rank) is added to their sources. */
    Optional<String> personFor(String role, int source, SpeakerMerger speakers) {
        String[] parts = role.split("\\|", 2);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        Set<String> fits = new TreeSet<>();
        for (Known k : known) {
            if (k.state().equals(parts[0]) && People.titleFits(k.title(), parts[1])) {
                SpeakerMerger.MergedName m = speakers.resolve(k.name());
                fits.add(m == null ? k.name() : m.name);
            }
        }
        if (fits.size() != 1) {
            return Optional.empty();
        }
        String name = fits.iterator().next();
        SpeakerMerger.MergedName m = speakers.resolve(name);
        if (m != null) {
            m.sources.add(source);
        }
        return Optional.of(name);
    }
}
