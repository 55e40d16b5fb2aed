package org.treatybriefing.extract;

/** A numbered article of the treaty ("article") or an area it covers ("area"), with the words that say so. */
public record SectionFact(String kind, String label, String detail) {
}
