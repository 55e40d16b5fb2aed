package org.treatybriefing.extract;

/**
 * Who said a quote, by which rule, with which confidence. An empty name means nobody was found,
 * unless a role is given ("Chile|leader"): someone this article only describes, whom another
 * article may name.
 */
record Attribution(String name, String title, String type, Person person, double confidence, String rule, String role) {

    static final Attribution NONE = new Attribution("", "", "", null, 0, "none", "");

    Attribution(String name, String title, String type, Person person, double confidence, String rule) {
        this(name, title, type, person, confidence, rule, "");
    }

    static Attribution of(Person p, double confidence, String rule) {
        return new Attribution(p.name(), p.title(), p.type().isEmpty() ? "other" : p.type(), p, confidence, rule);
    }

    static Attribution unresolvedRole(String role, double confidence, String rule) {
        return new Attribution("", "", "", null, confidence, rule, role);
    }

    boolean found() {
        return !name.isEmpty() || !role.isEmpty();
    }
}
