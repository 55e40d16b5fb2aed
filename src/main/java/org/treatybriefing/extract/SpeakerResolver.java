package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a mention into the speaker it stands for: a person by name; a pronoun to the most
 * recent person standing as a subject (or the last speaker); a role ("the Iranian president")
 * to the person introduced with that state and title; an organisation or state to its name.
 */
final class SpeakerResolver {

    /** Persons in subject position and quote speakers, in text order. */
    private final List<int[]> salientOffsets = new ArrayList<>();
    private final List<Person> salientPersons = new ArrayList<>();
    private final People people;
    private final Vocabulary vocabulary;

    SpeakerResolver(List<Mention> mentions, People people, Vocabulary vocabulary) {
        this.people = people;
        this.vocabulary = vocabulary;
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.PERSON && m.subject()) {
                remember(m.start(), m.person());
            } else if (m.kind() == Mention.Kind.ROLE && m.subject()) {
                role(m).ifPresent(p -> remember(m.start(), p));
            }
        }
    }

    /** A quote's speaker becomes salient where the quote stands. */
    void spoke(int offset, Person p) {
        remember(offset, p);
    }

    private void remember(int offset, Person p) {
        int at = salientOffsets.size();
        while (at > 0 && salientOffsets.get(at - 1)[0] > offset) {
            at--;
        }
        salientOffsets.add(at, new int[]{offset});
        salientPersons.add(at, p);
    }

    Attribution resolve(Mention m, double confidence, String rule) {
        return switch (m.kind()) {
            case PERSON -> Attribution.of(m.person(), confidence, rule);
            case PRONOUN -> lastSalientBefore(m.start())
                    .map(p -> Attribution.of(p, confidence * 0.9, rule + "+pronoun"))
                    .orElse(Attribution.NONE);
            case ROLE -> role(m)
                    .map(p -> Attribution.of(p, confidence * 0.9, rule + "+role"))
                    .orElse(Attribution.NONE);
            case ORGANIZATION -> organization(m.entity(), confidence, rule);
            case STATE -> new Attribution(m.entity(), "", "organization", null, confidence * 0.8, rule + "+state");
            case TREATY -> new Attribution(m.entity(), "", "document", null, confidence, rule + "+document");
        };
    }

    private Attribution organization(String name, double confidence, String rule) {
        String clean = name.startsWith("The ") ? name.substring(4) : name;
        String type = vocabulary.organizationKind(clean).filter("media"::equals).map(k -> "media").orElse("organization");
        return new Attribution(clean, "", type, null, confidence, rule + "+organization");
    }

    private Optional<Person> role(Mention m) {
        String[] parts = m.entity().split("\\|", 2);
        return people.byRole(parts[0], parts[1]);
    }

    private Optional<Person> lastSalientBefore(int offset) {
        for (int i = salientOffsets.size() - 1; i >= 0; i--) {
            if (salientOffsets.get(i)[0] < offset) {
                return Optional.of(salientPersons.get(i));
            }
        }
        return Optional.empty();
    }
}
