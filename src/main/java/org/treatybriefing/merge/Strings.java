package org.treatybriefing.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.treatybriefing.extract.AnalystFact;
import org.treatybriefing.extract.CommitmentFact;
import org.treatybriefing.extract.PartyFact;
import org.treatybriefing.extract.SectionFact;
import org.treatybriefing.extract.SpeakerFact;

/**
 * One instance of each equal value a merge keeps: the articles of a folder repeat the same
 * names, titles, parties and quoted statements many times, and each article read from the
 * staging store brings its own copies. {@code strings.of("Ann Vale")} gives the same instance
 * every time; a fact is rebuilt from shared strings and then shared itself, and so is a list of facts.
 */
final class Strings {

    private final Map<Object, Object> pool = new HashMap<>();

    String of(String s) {
        return s == null ? null : shared(s);
    }

    /** The first instance seen equal to {@code value} (a string, a record, a list). */
    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
        return value == null ? null : (T) pool.computeIfAbsent(value, k -> k);
    }

    List<String> list(List<String> strings) {
        return strings.isEmpty() ? List.of() : shared(strings.stream().map(this::of).toList());
    }

    /** A name use whose strings and alias list are shared with equal ones. */
    SpeakerMerger.NameUse use(int source, String name, String title, String affiliation, String type,
                              List<String> aliases) {
        return new SpeakerMerger.NameUse(source, of(name), of(title), of(affiliation), of(type), list(aliases));
    }

    List<PartyFact> parties(List<PartyFact> parties) {
        return shared(parties.stream().map(p -> shared(new PartyFact(of(p.name()), of(p.role()), list(p.aliases()),
                list(p.representatives()), p.mentions()))).toList());
    }

    List<SectionFact> sections(List<SectionFact> sections) {
        return shared(sections.stream().map(s -> shared(new SectionFact(of(s.kind()), of(s.label()), of(s.detail()))))
                .toList());
    }

    List<CommitmentFact> commitments(List<CommitmentFact> commitments) {
        return shared(commitments.stream().map(c -> shared(new CommitmentFact(list(c.parties()), of(c.modality()),
                of(c.polarity()), of(c.area()), of(c.text())))).toList());
    }

    List<AnalystFact> analysts(List<AnalystFact> analysts) {
        return shared(analysts.stream().map(a -> shared(new AnalystFact(of(a.name()), of(a.title()), of(a.organization()))))
                .toList());
    }

    List<SpeakerFact> speakers(List<SpeakerFact> speakers) {
        return shared(speakers.stream().map(s -> shared(new SpeakerFact(of(s.name()), list(s.aliases()), of(s.title()),
                of(s.affiliation()), of(s.state()), of(s.type())))).toList());
    }
}
