package org.treatybriefing.extract;

/** An expert the article cites for analysis. */
public record AnalystFact(String name, String title, String organization) {
}
