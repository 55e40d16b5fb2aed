package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The persons one article names, looked up by full name, surname or role. */
public final class People {

    private final List<Person> persons = new ArrayList<>();
    /** The gender a first name tells ('m', 'f', or 0): "he" never stands for a "Susan". */
    private final ToIntFunction<String> genderOfFirstName;

    People(ToIntFunction<String> genderOfFirstName) {
        this.genderOfFirstName = genderOfFirstName;
    }

    public List<Person> all() {
        return persons;
    }

    /**
     * The person a name refers to: a known person with that full name, or whose name ends with
     * it ("Kowalska"), or begins and ends like it (a middle name added or left out); else a new one.
     */
    Person named(String name) {
        return find(name).orElseGet(() -> {
            Person p = new Person(name);
            persons.add(p);
            genderFromFirstName(p);
            return p;
        });
    }

    /**
     * A full name met outside any context that marks a person (no title, no speech verb): kept
     * so that a later "Mr Surname" finds the full name, without becoming a mention itself.
     */
    void candidate(String name) {
        if (find(name).isEmpty()) {
            Person p = new Person(name);
            persons.add(p);
            genderFromFirstName(p);
        }
    }

    /** Whether someone named in full earlier has this surname: "Weaver" after "Jeff Weaver". */
    boolean isSurnameOfSomeone(String word) {
        return isSurnameOfSomeoneBut(word, null);
    }

    /** The same, leaving out {@code self}: whether another person of the article goes by this surname. */
    boolean isSurnameOfSomeoneBut(String word, Person self) {
        for (Person p : persons) {
            if (p != self && p.name().contains(" ") && p.surname().equals(word)) {
                return true;
            }
        }
        return false;
    }

    Optional<Person> find(String name) {
        String[] parts = name.split("\\s+");
        String last = parts[parts.length - 1];
        Person byName = null;
        for (Person p : persons) {
            if (p.name().equals(name) || p.aliases().contains(name)) {
                return Optional.of(p);
            }
        }
        for (Person p : persons) {
            String[] known = p.name().split("\\s+");
            boolean sameSurname = known[known.length - 1].equals(last);
            if (sameSurname && (parts.length == 1 || known.length == 1 || known[0].equals(parts[0]))) {
                byName = p;
            }
        }
        if (byName != null) {
            byName.seenAs(name);
            genderFromFirstName(byName);
        }
        return Optional.ofNullable(byName);
    }

    private void genderFromFirstName(Person p) {
        String[] parts = p.name().split("\\s+");
        if (parts.length > 1) {
            p.genderedByFirstName((char) genderOfFirstName.applyAsInt(parts[0]));
        }
    }

    /** The one person introduced with this state and title ("the Chilean president"), if any. */
    Optional<Person> byRole(String state, String title) {
        List<Person> hits = persons.stream()
                .filter(p -> state.isEmpty() || state.equals(p.state()) || state.equals(p.organization()))
                .filter(p -> titleFits(p.title(), title))
                .toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** "leader" fits any head of state or government; otherwise the title words must agree. */
    public static boolean titleFits(String personTitle, String roleTitle) {
        String pt = personTitle.toLowerCase();
        String rt = roleTitle.toLowerCase();
        if (pt.isEmpty()) {
            return false;
        }
        if (rt.equals("leader")) {
            return pt.equals("president") || pt.equals("prime minister") || pt.equals("leader")
                    || pt.equals("supreme leader") || pt.equals("king") || pt.equals("chancellor")
                    || pt.equals("premier");
        }
        if (rt.startsWith("spokes")) {
            return pt.startsWith("spokes");
        }
        return pt.equals(rt) || pt.endsWith(" " + rt) || pt.startsWith(rt + " ");
    }
}
