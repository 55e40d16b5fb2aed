package org.treatybriefing.extract;

/** Who said a quote, by which rule, with which confidence. An empty name means nobody was found. */
record Attribution(String name, String title, String type, Person person, double confidence, String rule) {

    static final Attribution NONE = new Attribution("", "", "", null, 0, "none");

    static Attribution of(Person p, double confidence, String rule) {
        return new Attribution(p.name(), p.title(), p.type().isEmpty() ? "other" : p.type(), p, confidence, rule);
    }

    boolean found() {
        return !name.isEmpty();
    }
}
