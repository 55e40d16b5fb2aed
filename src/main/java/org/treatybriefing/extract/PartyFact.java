package org.treatybriefing.extract;

import java.util.List;

/** A state or bloc one article names, and whether the article says it is party to the treaty. */
public record PartyFact(String name, String role, List<String> aliases, List<String> representatives, int mentions) {
}
