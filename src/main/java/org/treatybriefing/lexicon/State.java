package org.treatybriefing.lexicon;

import java.util.List;

/**
 * A state or bloc of the states lexicon.
 *
 * @param names every way the text may name it: short name, formal name, capital, aliases
 * @param demonyms adjectives and nouns of its people ("Chilean", "Chileans")
 */
public record State(String name, String formalName, String capital, List<String> demonyms,
                    List<String> aliases, boolean bloc) {

    /** The short name first, then the formal name, capital and aliases. */
    public List<String> names() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(name);
        if (!formalName.isEmpty()) {
            all.add(formalName);
        }
        if (!capital.isEmpty()) {
            all.add(capital);
        }
        all.addAll(aliases);
        return all;
    }
}
